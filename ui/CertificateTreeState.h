#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace signet {

class CertificateTreeModel;

// What the user sees of the certificate tree beyond its rows: which CAs are expanded and which
// certificate is current. Both are kept by certificate id, so they survive the model's resets (a
// refresh, a published CRL, a filter set and cleared); restore() puts them back after one. The
// expanded CAs of a workspace also come back on the next start (WindowSettings keeps them).
class CertificateTreeState : public QObject {
    Q_OBJECT

public:
    // `tree` shows `proxy`, which sorts `model`.
    CertificateTreeState(QTreeView* tree, CertificateTreeModel* model, QSortFilterProxyModel* proxy,
                         QObject* parent = nullptr);

    // For a workspace just opened: these CAs expanded, or every CA when nothing was saved for it.
    void reset(const std::optional<QList<qint64>>& expandedCas);
    [[nodiscard]] QList<qint64> expandedCas() const;
    // The certificate to select at the next restore().
    void setCurrent(qint64 id) { m_current = id; }

    // After the model was reset: expands the remembered CAs (in the tree, not in a filtered list)
    // and selects the remembered certificate if it is shown.
    void restore();
    // Makes `id` current, expanding the CAs above it and loading pages until its row is there;
    // false when it is not in the tree (or not in the filtered list).
    bool select(qint64 id);

private:
    // The row of `id` among the children of `parent` (source model), fetching pages until it is there.
    QModelIndex findChild(const QModelIndex& parent, qint64 id);
    void expandCas(const QModelIndex& parent);

    QTreeView* m_tree;
    CertificateTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QSet<qint64> m_expanded;
    bool m_expandAll = false;
    std::optional<qint64> m_current;
};

} // namespace signet
