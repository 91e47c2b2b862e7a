#pragma once

#include "Result.h"

#include <QString>

namespace signet {

class WorkspaceContext;
struct CaImportOptions;
struct CaImportReport;

// CaImportService's part for a CA folder (CaFolder: an `openssl ca` folder or an EasyRSA pki): its
// files through the import, then index.txt's revocations, its newest CRL's and its CRL number.
class FolderCaImport {
public:
    static Status run(WorkspaceContext& ctx, const QString& path, const CaImportOptions& options, CaImportReport& report);
};

} // namespace signet
