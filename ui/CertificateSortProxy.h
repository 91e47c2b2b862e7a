#pragma once

#include <QSortFilterProxyModel>

namespace signet {

class CertificateTreeModel;

// Sorts the certificate tree by the column whose header was clicked, level by level, so that every
// CA keeps its certificates under it. At each level the CAs come first in either direction, as
// folders do in a file manager; ties go by name. Only the rows loaded so far are sorted: the tree
// pages through SQL, and later pages fall into place as they arrive.
class CertificateSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CertificateSortProxy(CertificateTreeModel* source, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    CertificateTreeModel* m_source;
};

} // namespace signet
