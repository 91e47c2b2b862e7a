#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>

namespace signet {

class Workspace;

// The audit log as a table, newest first, paged from SQL by id as the view scrolls
// (canFetchMore/fetchMore); it never loads the whole log.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ActionRole };

    explicit AuditModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // Text, action and time range of the filter; its beforeId and limit are the model's own.
    void setFilter(const AuditFilter& filter);
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    [[nodiscard]] const AuditLog::Entry* entry(int row) const;

    // A readable name for an action ("Revoked" for "revoke"); unknown actions are shown as they are.
    static QString actionLabel(const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A page could not be read; the rows so far stay.
    void loadFailed(const QString& message);

private:
    Workspace* m_workspace = nullptr;
    AuditFilter m_filter;
    QList<AuditLog::Entry> m_entries;
    int m_pageSize = 200;
    bool m_exhausted = true;
    bool m_changing = false;
};

} // namespace signet
