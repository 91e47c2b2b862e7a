#pragma once

#include "crypto/OsslPtr.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace signet {

struct ExtensionInfo {
    QString oid;
    QString name; // "X509v3 Subject Alternative Name", or the OID when OpenSSL has no name for it
    bool critical = false;
    QString value; // decoded the way `openssl x509 -text` shows it
};

QList<ExtensionInfo> decodeExtensions(const STACK_OF(X509_EXTENSION) * extensions);

// "DNS:example.com", "IP:10.0.0.1", "email:a@b.c", "URI:..." for each entry.
QStringList formatGeneralNames(const GENERAL_NAMES* names);

QString hexString(const unsigned char* data, int length, bool colons = true);

} // namespace signet
