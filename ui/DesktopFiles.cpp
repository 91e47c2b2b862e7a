#include "DesktopFiles.h"

#include "crypto/CertificateRequest.h"

#include <QFile>
#include <QFileInfo>

namespace signet {

namespace {
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
} // namespace

bool DesktopFiles::isWorkspace(const QString& path)
{
    if (path.endsWith(QLatin1String(".signet"), Qt::CaseInsensitive)) {
        return true;
    }
    // Only a regular file is opened: a FIFO or a device would block or never end.
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink()) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kSqliteMagic.size()) == kSqliteMagic;
}

std::optional<QByteArray> DesktopFiles::requestData(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink() || info.size() > kMaxFileBytes) {
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray data = file.read(kMaxFileBytes);
    if (!CertificateRequest::fromData(data)) {
        return std::nullopt;
    }
    return data;
}

DesktopFiles DesktopFiles::sort(const QStringList& paths)
{
    DesktopFiles files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            // A workspace that does not exist yet: opening it offers to create it.
            if (path.endsWith(QLatin1String(".signet"), Qt::CaseInsensitive) && files.workspace.isEmpty()) {
                files.workspace = info.absoluteFilePath();
            } else {
                files.unreadable << path;
            }
            continue;
        }
        if (!info.isFile() || info.isSymLink() || info.size() > kMaxFileBytes) {
            files.unreadable << path;
            continue;
        }
        if (isWorkspace(path)) {
            if (files.workspace.isEmpty()) {
                files.workspace = info.absoluteFilePath();
            }
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            files.unreadable << path;
            continue;
        }
        if (CertificateRequest::fromData(file.read(kMaxFileBytes))) {
            files.requests << info.absoluteFilePath();
        } else {
            files.imports << info.absoluteFilePath();
        }
    }
    return files;
}

} // namespace signet
