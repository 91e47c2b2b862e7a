#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "crypto/PrivateKey.h"
#include "import/PemScanner.h"

#include <QStringList>

#include <vector>

namespace signet {

// What one file holds, whatever its format: PEM (any mix of blocks), DER certificate, DER CRL,
// DER key, PKCS#7 (certificates and CRLs) or PKCS#12.
struct ParsedFile {
    std::vector<Certificate> certificates;
    std::vector<PrivateKey> keys;
    std::vector<Crl> crls;
    QStringList skipped; // things recognised but not imported, with the reason
};

class ImportParser {
public:
    // A whole file in memory (DER, PKCS#12 and PKCS#7 files are one object each).
    static Result<ParsedFile> parse(const QByteArray& data, const QString& fileName, const QByteArray& password);
    // One PEM block, added to `out`: a certificate, key, CRL or PKCS#7 bundle; a request or an
    // unknown type goes to `skipped`.
    static Status parseBlock(const PemBlock& block, const QString& fileName, const QByteArray& password,
                             ParsedFile& out);
};

} // namespace signet
