#include "store/BulkWriteCache.h"

#include "store/Database.h"

namespace signet {

BulkWriteCache::BulkWriteCache(Database& db) : m_db(db)
{
    // Only a faster write is at stake: where the pragma fails, the write goes on with the default.
    // A server keeps its own cache.
    if (m_db.isServer()) {
        return;
    }
    auto current = m_db.exec(QStringLiteral("PRAGMA cache_size"));
    if (current && current->next()) {
        m_previous = current->value(0);
        current->finish();
        if (!m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kKibibytes))) {
            m_previous.clear();
        }
    }
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_previous.isValid()) {
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    }
}

} // namespace signet
