#pragma once

#include "Result.h"

#include <QString>

namespace signet {

// Where SQLite's write-ahead log cannot work: its shared-memory index needs a file system whose
// locks and memory maps all processes share, which network file systems do not give (sqlite.org,
// "WAL mode ... does not work over a network filesystem").
class FileSystemCheck {
public:
    // The kind of network file system the folder holding `path` is on ("NFS", "SMB/CIFS", "sshfs",
    // ...); empty when it is a local one.
    static QString networkFileSystem(const QString& path);
    // The same from what statfs() and /proc/self/mountinfo say: the file system's magic number and,
    // for FUSE, the mount's type ("fuse.sshfs").
    static QString classify(long magic, const QString& mountType);
    // The type of the mount that holds `path`, from the text of /proc/self/mountinfo.
    static QString mountTypeOf(const QString& canonicalPath, const QByteArray& mountInfo);
    // Refuses to write a workspace on a network file system, saying why and what to do instead.
    static Status refuseNetworkWorkspace(const QString& path);
};

} // namespace signet
