#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace signet {

// The files handed to `signet` on its command line, as a file manager passes them through the
// .desktop entry's MimeType: a workspace to open, requests to sign, and files to import.
struct DesktopFiles {
    QString workspace;       // the first workspace among them, if any
    QStringList requests;    // certificate signing requests (PEM or DER)
    QStringList imports;     // certificates, chains, PKCS#7 and PKCS#12 files, keys
    QStringList unreadable;  // missing, not regular files, or larger than kMaxFileBytes

    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    static DesktopFiles sort(const QStringList& paths);
    // A Signet workspace: named *.signet, or an SQLite database file.
    static bool isWorkspace(const QString& path);
    // The contents of `path` when it is a certificate signing request (PEM or DER) in a regular file
    // of at most kMaxFileBytes; nullopt otherwise.
    static std::optional<QByteArray> requestData(const QString& path);
};

} // namespace signet
