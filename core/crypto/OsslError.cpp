#include "crypto/OsslError.h"

#include "crypto/OsslPtr.h"

#include <openssl/err.h>

#include <QStringList>

namespace signet {

QString takeOpenSslErrors()
{
    QStringList lines;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromUtf8(buffer);
    }
    lines.removeDuplicates();
    return lines.join(QStringLiteral("; "));
}

Error opensslError(const QString& message)
{
    return makeError(message, takeOpenSslErrors());
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || data == nullptr) {
        return {};
    }
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace signet
