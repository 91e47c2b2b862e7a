#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace signet {

// An XCA database (.xdb, SQLite, schema of XCA 2.x), opened read-only and never written: not even a
// journal or lock file next to it. Everything is bounded: the file (4 GiB), each table (2,000,000
// rows), each binary value (16 MiB once decoded) and each name (1024 characters); more is refused
// with an error, not cut short. Items XCA deleted (items.del = 1) are left out everywhere.
//
// Certificates, requests, CRLs and keys come as XCA stored them, for the caller to parse (the reader
// parses only to tell pending requests and XCA's old key format). Ids are XCA's items.id, which is how
// the lists refer to each other.
class XcaDatabase {
public:
    struct Certificate {
        qint64 id = 0;
        QString name;
        QByteArray der;
        qint64 issuerId = 0; // 0: none in the database; its own id when self-signed
        bool isCa = false;
        qint64 keyId = 0; // 0: its key is not in the database; may name a key keys() does not list
    };
    struct Key {
        qint64 id = 0;
        QString name;
        QByteArray pkcs8; // encrypted PKCS#8 DER (X509_SIG) under the database password
    };
    struct Request {
        qint64 id = 0;
        QString name;
        QByteArray der;
        qint64 keyId = 0;
    };
    struct Revocation {
        qint64 caId = 0;
        QString serialHex; // upper case, whole bytes, no leading zero bytes
        QDateTime date; // UTC
        int reason = -1; // RFC 5280 code, -1 none (XCA writes no reason for "unspecified")
    };
    struct Crl {
        qint64 id = 0;
        qint64 issuerId = 0;
        QByteArray der;
    };
    struct Template {
        qint64 id = 0;
        QString name;
        int version = 0; // XCA's template format (10 in XCA 2.4)
        QByteArray raw; // as stored, base64 decoded: DER subject, then a QDataStream QMap<QString, QString>
    };

    // Checks the password against settings.pwhash (XCA 2.x's salted SHA-512 in both its forms, and
    // the MD5 of older databases).
    static Result<XcaDatabase> open(const QString& path, const QByteArray& password);
    ~XcaDatabase(); // closes its own connection
    XcaDatabase(XcaDatabase&& other) noexcept;
    XcaDatabase& operator=(XcaDatabase&& other) noexcept;
    XcaDatabase(const XcaDatabase&) = delete;
    XcaDatabase& operator=(const XcaDatabase&) = delete;

    Result<std::vector<Certificate>> certificates();
    // Only keys encrypted with the database password (ownPass 0); the others are listed by skippedKeys().
    Result<std::vector<Key>> keys();
    // "NAME: protected by a password of its own" etc., one line each.
    Result<QStringList> skippedKeys();
    // CSRs that no certificate in the database answers (pending): none has the request's public key.
    Result<std::vector<Request>> requests();
    // The revocations of the CAs in the database (XCA's list, from which it makes its CRLs).
    Result<std::vector<Revocation>> revocations();
    Result<std::vector<Crl>> crls();
    Result<std::vector<Template>> templates();
    const QByteArray& password() const; // for decrypting keys (the caller wipes its copies)

private:
    XcaDatabase() = default;
    void close();
    // Each row of private_keys and tokens: the usable keys into `keys`, a line per other one into `skipped`.
    Status scanKeys(std::vector<Key>* keys, QStringList* skipped);

    QString m_path;
    QString m_connection; // empty once moved from
    QByteArray m_password;
};

} // namespace signet
