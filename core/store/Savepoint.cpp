#include "Savepoint.h"

#include "Database.h"

namespace signet {

namespace {
const QString kName = QStringLiteral("signet_item");
} // namespace

Savepoint::~Savepoint()
{
    if (m_open) {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + kName);
        (void)m_db.exec(QStringLiteral("RELEASE ") + kName);
    }
}

Status Savepoint::begin()
{
    auto q = m_db.exec(QStringLiteral("SAVEPOINT ") + kName);
    if (!q) {
        return q.error();
    }
    m_open = true;
    return {};
}

Status Savepoint::release()
{
    auto q = m_db.exec(QStringLiteral("RELEASE ") + kName);
    if (!q) {
        return q.error();
    }
    m_open = false;
    return {};
}

} // namespace signet
