#pragma once

#include "CertificateRecord.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <memory>
#include <vector>

namespace signet {

class Workspace;

// CAs → intermediates → issued certificates, paged from SQL as views ask for rows
// (canFetchMore/fetchMore); it never loads the whole workspace. With a text or status filter it
// turns into a flat list of the matches, paged the same way.
class CertificateTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SerialColumn, ExpiresColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, IsCaRole, HasKeyRole, ProfileRole };
    static constexpr int kPageSize = 256;

    explicit CertificateTreeModel(QObject* parent = nullptr);
    ~CertificateTreeModel() override;

    void setWorkspace(Workspace* workspace);
    void setFilter(const QString& text, std::optional<CertificateStatus> status);
    void reload();
    [[nodiscard]] Workspace* workspace() const { return m_workspace; }
    // A text or status filter is set: the rows are a flat list of the matches.
    [[nodiscard]] bool isFiltered() const { return !m_text.isEmpty() || m_status.has_value(); }

    [[nodiscard]] const CertificateRecord* record(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexForId(qint64 id) const; // only among rows loaded so far
    static QString typeLabel(Profile profile);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Node;
    Node* nodeFor(const QModelIndex& index) const;

    Workspace* m_workspace = nullptr;
    std::unique_ptr<Node> m_root;
    QString m_text;
    std::optional<CertificateStatus> m_status;
    QDateTime m_now;
    bool m_changing = false; // inside a reset or an insertion: no nested fetching
};

} // namespace signet
