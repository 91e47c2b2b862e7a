#pragma once

#include <QVariant>

namespace signet {

class Database;

// A larger page cache for one long write transaction (an import of a million certificates), given
// back when the scope ends. With SQLite's default of 2 MiB the transaction's dirty index pages
// spill into the write-ahead log and are written there again each time they change; 48 MiB holds
// the pages an import keeps returning to. The unlock's key derivation (64 MiB) has been given back
// by then, so the process's peak memory stays what it was.
class BulkWriteCache {
public:
    explicit BulkWriteCache(Database& db);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache&) = delete;
    BulkWriteCache& operator=(const BulkWriteCache&) = delete;

    static constexpr int kKibibytes = 48 * 1024;

private:
    Database& m_db;
    QVariant m_previous; // none when it could not be read: nothing is changed then
};

} // namespace signet
