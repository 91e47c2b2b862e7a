#pragma once

#include "Result.h"
#include "store/Database.h"
#include "store/KeyVault.h"

#include <QDateTime>

namespace signet {

// Making a new workspace file atomically: it is built complete (schema, vault, first audit
// entry) under a temporary name in the same folder and only then renamed into place, without
// replacing anything. A process killed halfway leaves no half-made workspace at `path`. On a
// database server (`path` a postgresql:// address) the same is one transaction in an empty database.
class WorkspaceFile {
public:
    // `member`: the first member, whose password `password` is.
    static Status create(const QString& path, const QByteArray& password, const QDateTime& at,
                         const KeyVault::KdfParams& kdf, const QString& member);
    // The same with any content: the schema and what `fill` writes, or nothing at all.
    static Status create(const QString& location, const Database::Fill& fill);
};

} // namespace signet
