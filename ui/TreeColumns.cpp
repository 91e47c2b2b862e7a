#include "TreeColumns.h"

#include "CertificateTreeModel.h"
#include "StatusStyle.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTreeView>

#include <algorithm>

namespace signet {

int TreeColumns::fit(QTreeView* tree)
{
    const QFontMetrics metrics = tree->fontMetrics();
    const int margins = 2 * metrics.averageCharWidth() + 8;
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts) {
            width = std::max(width, metrics.horizontalAdvance(text));
        }
        return width;
    };
    QStringList types;
    for (Profile profile : {Profile::RootCa, Profile::IntermediateCa, Profile::Server, Profile::Client,
                            Profile::ServerClient, Profile::Imported}) {
        types << CertificateTreeModel::typeLabel(profile);
    }
    QStringList statuses;
    for (CertificateStatus status : {CertificateStatus::Valid, CertificateStatus::Expiring, CertificateStatus::Expired,
                                     CertificateStatus::Revoked, CertificateStatus::NotYetValid,
                                     CertificateStatus::Superseded}) {
        statuses << StatusStyle::forStatus(status).label;
    }
    const int icon = tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree) + 4;
    const QList<std::pair<int, int>> widths = {
        {CertificateTreeModel::TypeColumn, widest(types)},
        {CertificateTreeModel::SerialColumn, metrics.horizontalAdvance(QString(12, QLatin1Char('D')))},
        {CertificateTreeModel::ExpiresColumn,
         widest({QLocale().toString(QDate(2036, 12, 28), QLocale::ShortFormat),
                 QLocale().toString(QDate(2036, 9, 28), QLocale::ShortFormat)})},
        {CertificateTreeModel::StatusColumn, widest(statuses) + icon},
    };
    int total = metrics.horizontalAdvance(QStringLiteral("server.example.com")) + 3 * tree->indentation() + margins;
    for (const auto& [column, width] : widths) {
        const int header = metrics.horizontalAdvance(tree->model()->headerData(column, Qt::Horizontal).toString());
        tree->setColumnWidth(column, std::max(width, header) + margins);
        total += tree->columnWidth(column);
    }
    return total;
}

} // namespace signet
