#include "CertificateTreeState.h"

#include "CertificateTreeModel.h"
#include "Workspace.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace signet {

CertificateTreeState::CertificateTreeState(QTreeView* tree, CertificateTreeModel* model,
                                           QSortFilterProxyModel* proxy, QObject* parent)
    : QObject(parent), m_tree(tree), m_model(model), m_proxy(proxy)
{
    // The view forgets its expanded rows on a reset without a signal; these sets do not.
    connect(tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_expanded.insert(index.data(CertificateTreeModel::IdRole).toLongLong());
    });
    connect(tree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_expanded.remove(index.data(CertificateTreeModel::IdRole).toLongLong());
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) {
            m_current = current.data(CertificateTreeModel::IdRole).toLongLong();
        }
    });
}

void CertificateTreeState::reset(const std::optional<QList<qint64>>& expandedCas)
{
    m_expanded.clear();
    m_current.reset();
    m_expandAll = !expandedCas.has_value();
    if (expandedCas) {
        m_expanded = QSet<qint64>(expandedCas->begin(), expandedCas->end());
    }
}

QList<qint64> CertificateTreeState::expandedCas() const
{
    QList<qint64> ids(m_expanded.begin(), m_expanded.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CertificateTreeState::restore()
{
    if (!m_model->isFiltered()) {
        expandCas(QModelIndex());
    }
    if (m_current) {
        select(*m_current);
    }
}

void CertificateTreeState::expandCas(const QModelIndex& parent)
{
    if (m_model->rowCount(parent) == 0 && m_model->canFetchMore(parent)) {
        m_model->fetchMore(parent);
    }
    // The model lists the CAs of each level first: the first certificate ends the search.
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const CertificateRecord* record = m_model->record(index);
        if (!record->isCa) {
            break;
        }
        if (m_expandAll || m_expanded.contains(record->id)) {
            m_tree->expand(m_proxy->mapFromSource(index));
            expandCas(index);
        }
    }
    if (!parent.isValid() && !m_expanded.isEmpty()) {
        m_expandAll = false; // the first start's default is applied; from now on the user's choice counts
    }
}

QModelIndex CertificateTreeState::findChild(const QModelIndex& parent, qint64 id)
{
    int row = 0;
    while (true) {
        for (; row < m_model->rowCount(parent); ++row) {
            const QModelIndex candidate = m_model->index(row, 0, parent);
            if (m_model->record(candidate)->id == id) {
                return candidate;
            }
        }
        if (!m_model->canFetchMore(parent)) {
            return {};
        }
        m_model->fetchMore(parent);
    }
}

bool CertificateTreeState::select(qint64 id)
{
    Workspace* workspace = m_model->workspace();
    if (workspace == nullptr) {
        return false;
    }
    QModelIndex found;
    if (m_model->isFiltered()) {
        found = findChild(QModelIndex(), id);
    } else {
        auto record = workspace->find(CertificateRef::id(id));
        auto chain = record ? workspace->chain(*record) : Result<std::vector<CertificateRecord>>(record.error());
        if (!chain) {
            return false;
        }
        // From the root down, expanding each CA above the certificate.
        for (auto it = chain->rbegin(); it != chain->rend(); ++it) {
            if (found.isValid()) {
                m_tree->expand(m_proxy->mapFromSource(found));
            }
            found = findChild(found, it->id);
            if (!found.isValid()) {
                return false;
            }
        }
    }
    if (!found.isValid()) {
        return false;
    }
    const QModelIndex shown = m_proxy->mapFromSource(found);
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
    return true;
}

} // namespace signet
