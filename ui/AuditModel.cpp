#include "AuditModel.h"

#include "Workspace.h"

#include <QLocale>

namespace signet {

namespace {
struct ActionText {
    const char* action;
    const char* label;
};

// The actions core records; renamed or new ones show their own name until they are added here.
constexpr ActionText kActions[] = {
    {"create-workspace", QT_TRANSLATE_NOOP("signet::AuditModel", "Workspace created")},
    {"seal-workspace", QT_TRANSLATE_NOOP("signet::AuditModel", "Workspace sealed")},
    {"change-password", QT_TRANSLATE_NOOP("signet::AuditModel", "Password changed")},
    {"create-root-ca", QT_TRANSLATE_NOOP("signet::AuditModel", "Root CA created")},
    {"create-intermediate-ca", QT_TRANSLATE_NOOP("signet::AuditModel", "Intermediate CA created")},
    {"issue-server", QT_TRANSLATE_NOOP("signet::AuditModel", "Server certificate issued")},
    {"issue-client", QT_TRANSLATE_NOOP("signet::AuditModel", "Client certificate issued")},
    {"issue-server-client", QT_TRANSLATE_NOOP("signet::AuditModel", "Server and client certificate issued")},
    {"sign-csr", QT_TRANSLATE_NOOP("signet::AuditModel", "Request signed")},
    {"revoke", QT_TRANSLATE_NOOP("signet::AuditModel", "Revoked")},
    {"publish-crl", QT_TRANSLATE_NOOP("signet::AuditModel", "CRL published")},
    {"export-private-key", QT_TRANSLATE_NOOP("signet::AuditModel", "Private key exported")},
    {"server-config", QT_TRANSLATE_NOOP("signet::AuditModel", "Server configuration written")},
    {"deployment-kit", QT_TRANSLATE_NOOP("signet::AuditModel", "Deployment kit written")},
    {"import", QT_TRANSLATE_NOOP("signet::AuditModel", "Imported")},
};
} // namespace

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AuditModel::actionLabel(const QString& action)
{
    for (const ActionText& text : kActions) {
        if (action == QLatin1String(text.action)) {
            return tr(text.label);
        }
    }
    return action;
}

void AuditModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void AuditModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    // Views and testers ask for more rows while they handle a reset or an insertion: none until it
    // is over.
    m_changing = true;
    beginResetModel();
    m_entries.clear();
    m_exhausted = m_workspace == nullptr;
    endResetModel();
    m_changing = false;
}

const AuditLog::Entry* AuditModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditLog::Entry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (e == nullptr) {
        return {};
    }
    if (role == IdRole) {
        return e->id;
    }
    if (role == ActionRole) {
        return e->action;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn) {
            return e->at.toUTC().toString(Qt::ISODate);
        }
        if (index.column() == ActionColumn) {
            return e->action;
        }
        return index.column() == ActorColumn && e->actor.isEmpty()
                   ? tr("Recorded before Signet kept the account of each entry")
                   : data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e->at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return e->actor; // empty for entries from before the account was recorded
    case ActionColumn:
        return actionLabel(e->action);
    case TargetColumn:
        return e->target;
    case DetailsColumn:
        return e->details;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    AuditFilter page = m_filter;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.last().id;
    page.limit = m_pageSize;
    auto entries = m_workspace->auditEntries(page);
    if (!entries) {
        m_exhausted = true;
        emit loadFailed(entries.error().toString());
        return;
    }
    m_exhausted = entries->size() < m_pageSize;
    if (entries->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    m_entries.append(*entries);
    endInsertRows();
    m_changing = false;
}

} // namespace signet
