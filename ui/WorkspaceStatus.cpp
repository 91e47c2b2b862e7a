#include "WorkspaceStatus.h"
#include "StatusStyle.h"

#include "Workspace.h"

#include <QLabel>
#include <QStatusBar>

namespace signet {

namespace {
constexpr int kExpiryWarningDays = 30;
constexpr int kCrlWarningDays = 7;
} // namespace

WorkspaceStatus::WorkspaceStatus(QStatusBar* bar) : QObject(bar)
{
    m_expiryStatus = new QLabel(bar);
    m_expiryStatus->setObjectName(QStringLiteral("expiryStatus"));
    m_expiryStatus->setTextFormat(Qt::RichText);
    m_expiryStatus->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_expiryStatus, &QLabel::linkActivated, this, &WorkspaceStatus::renewExpiringRequested);
    m_crlStatus = new QLabel(bar);
    m_crlStatus->setObjectName(QStringLiteral("crlStatus"));
    bar->addPermanentWidget(m_expiryStatus);
    bar->addPermanentWidget(m_crlStatus);
}

void WorkspaceStatus::update(Workspace* workspace)
{
    if (workspace == nullptr) {
        m_expiryStatus->clear();
        m_crlStatus->clear();
        return;
    }
    const QDateTime now = workspace->now();
    CertificateRepository::Filter expiring;
    expiring.now = now;
    expiring.status = CertificateStatus::Expiring;
    expiring.expiringDays = kExpiryWarningDays;
    auto expiringCount = workspace->count(expiring);
    const qint64 count = expiringCount ? *expiringCount : 0;
    m_expiryStatus->setText(
        count == 0 ? tr("No certificate expires in the next %1 days").arg(kExpiryWarningDays).toHtmlEscaped()
                   : tr("%n certificate(s) expire in the next %1 days", nullptr, static_cast<int>(count))
                             .arg(kExpiryWarningDays)
                             .toHtmlEscaped()
                         + QStringLiteral(" — <a href=\"renew\">%1</a>").arg(tr("Renew…").toHtmlEscaped()));
    QStringList warnings;
    if (auto crls = workspace->crlsExpiringBefore(now.addDays(kCrlWarningDays)); crls && !crls->isEmpty()) {
        QStringList names;
        bool expired = false;
        for (const CrlRecord& crl : *crls) {
            names << nameOf(*workspace, crl.caId);
            expired = expired || crl.nextUpdate <= now;
        }
        warnings << (expired ? tr("⚠ CRL expired: %1 — servers reject every client; publish a new one")
                                   .arg(names.join(QStringLiteral(", ")))
                             : tr("⚠ CRL expires within %1 days: %2")
                                   .arg(kCrlWarningDays)
                                   .arg(names.join(QStringLiteral(", "))));
    }
    if (auto pending = workspace->unpublishedRevocations(); pending && !pending->isEmpty()) {
        qint64 total = 0;
        QStringList names;
        for (const UnpublishedRevocations& entry : *pending) {
            total += entry.count;
            names << nameOf(*workspace, entry.caId);
        }
        warnings << tr("⚠ %n revocation(s) not yet published (%1) — servers still admit them; publish the CRL",
                       nullptr, static_cast<int>(total))
                        .arg(names.join(QStringLiteral(", ")));
    }
    m_crlStatus->setText(warnings.isEmpty() ? tr("CRLs up to date") : warnings.join(QStringLiteral("  ")));
    m_crlStatus->setStyleSheet(warnings.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold").arg(StatusStyle::errorColorName()));
}

QString WorkspaceStatus::nameOf(Workspace& workspace, qint64 caId)
{
    auto ca = workspace.find(CertificateRef::id(caId));
    return ca ? ca->name : QString::number(caId);
}

} // namespace signet
