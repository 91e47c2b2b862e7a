#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "crypto/PrivateKey.h"

#include <QStringList>

#include <vector>

namespace signet {

// What one file holds, whatever its format: PEM (any mix of blocks), DER certificate, DER CRL,
// DER key, or PKCS#12.
struct ParsedFile {
    std::vector<Certificate> certificates;
    std::vector<PrivateKey> keys;
    std::vector<Crl> crls;
    QStringList skipped; // things recognised but not imported, with the reason
};

class ImportParser {
public:
    static Result<ParsedFile> parse(const QByteArray& data, const QString& fileName, const QByteArray& password);
};

} // namespace signet
