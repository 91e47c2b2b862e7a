#include "export/FileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "FileWriter", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};
} // namespace

Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return makeError(Tr::tr("cannot write %1: the folder %2 does not exist").arg(path, info.absolutePath()));
    }
    if (info.isDir()) {
        return makeError(Tr::tr("cannot write %1: it is a folder").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Tr::tr("cannot write %1").arg(path), file.errorString());
    }
    const auto mode = secret ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                             : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther);
    if (!file.setPermissions(mode) || file.write(data) != data.size() || !file.commit()) {
        file.cancelWriting();
        return makeError(Tr::tr("cannot write %1").arg(path), file.errorString());
    }
    return {};
}

} // namespace signet
