#pragma once

#include "Result.h"

#include <QString>

namespace signet {

class WorkspaceContext;
struct CaImportOptions;
struct CaImportReport;

// CaImportService's part for an XCA database (XcaDatabase, read-only, with its password): its
// certificates and keys through the import (the CAs first), then XCA's revocation list of each CA
// and the CRL numbers of the CRLs it signed; requests that wait for a certificate, with their keys;
// templates for servers and clients as Signet templates.
class XcaCaImport {
public:
    static Status run(WorkspaceContext& ctx, const QString& path, const CaImportOptions& options, CaImportReport& report);
};

} // namespace signet
