#include "CertificateSortProxy.h"

#include "CertificateTreeModel.h"

namespace signet {

namespace {
// Most urgent first when sorted ascending.
int statusRank(const QString& status)
{
    static const QStringList order = {QStringLiteral("altered"), QStringLiteral("revoked"), QStringLiteral("expired"),
                                      QStringLiteral("expiring"), QStringLiteral("not-yet-valid"),
                                      QStringLiteral("valid")};
    return static_cast<int>(order.indexOf(status));
}

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
        order = compare(statusRank(left.data(CertificateTreeModel::StatusRole).toString()),
                        statusRank(right.data(CertificateTreeModel::StatusRole).toString()));
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
