#include "CertificateSortProxy.h"

#include "CertificateTreeModel.h"

namespace signet {

namespace {
template <typename T>
int compare(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

CertificateSortProxy::CertificateSortProxy(CertificateTreeModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

bool CertificateSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const CertificateRecord* a = m_source->record(left);
    const CertificateRecord* b = m_source->record(right);
    if (a == nullptr || b == nullptr) {
        return false;
    }
    if (a->isCa != b->isCa) {
        // The view reverses the result for a descending sort; CAs stay first either way.
        return sortOrder() == Qt::AscendingOrder ? a->isCa : b->isCa;
    }
    int order = 0;
    switch (left.column()) {
    case CertificateTreeModel::TypeColumn:
        order = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        break;
    case CertificateTreeModel::SerialColumn:
        // Upper-case hex without leading zeros: the shorter one is the smaller number.
        order = a->serial.size() != b->serial.size() ? compare(a->serial.size(), b->serial.size())
                                                     : compare(a->serial, b->serial);
        break;
    case CertificateTreeModel::ExpiresColumn:
        order = compare(a->notAfter, b->notAfter);
        break;
    case CertificateTreeModel::StatusColumn:
        // CertificateStatus runs from the most urgent to the least: ascending shows trouble first.
        order = compare(left.data(CertificateTreeModel::StatusRole).toInt(),
                        right.data(CertificateTreeModel::StatusRole).toInt());
        break;
    default:
        break;
    }
    if (order == 0) {
        order = a->name.compare(b->name, Qt::CaseInsensitive);
    }
    return order < 0;
}

} // namespace signet
