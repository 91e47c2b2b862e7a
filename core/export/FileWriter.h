#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace signet {

// Who may read a written file: public files get 0644 less the umask (0755 for scripts), secret
// files (keys, PKCS#12) are 0600 from the moment they exist.
enum class FileAccess { Public, Secret, Executable };

// Writes a file atomically (a crash leaves the old file or the new one, never half of one): the data
// goes to a new file in the same folder, is synced, and is renamed over the destination. Refuses a
// destination that is a symbolic link or not a regular file, so an export never lands where a link
// points (rename() replaces the link itself, even one made after the check).
Status writeFileAtomically(const QString& path, const QByteArray& data, FileAccess access);
// What writeFileAtomically() would refuse about `path` itself, checked before a use case that
// records what it wrote (an export, a CRL), so that a refused destination leaves no trace.
Status checkWriteDestination(const QString& path);
Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret);
// Refuses, naming them in Error::existingFiles, when any of `paths` exists: what writes several
// files into a folder replaces none that is there without being told to.
Status refuseExistingFiles(const QStringList& paths);

} // namespace signet
