#include "WorkspaceStatus.h"

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
    expiring.status = QStringLiteral("expiring");
    expiring.expiringDays = kExpiryWarningDays;
    auto expiringCount = workspace->count(expiring);
    const qint64 count = expiringCount ? *expiringCount : 0;
    m_expiryStatus->setText(count == 0 ? tr("No certificate expires in the next %1 days").arg(kExpiryWarningDays)
                                       : tr("%n certificate(s) expire in the next %1 days", nullptr, static_cast<int>(count))
                                             .arg(kExpiryWarningDays));
    auto crls = workspace->crlsExpiringBefore(now.addDays(kCrlWarningDays));
    if (!crls || crls->isEmpty()) {
        m_crlStatus->setText(tr("CRLs up to date"));
        m_crlStatus->setStyleSheet(QString());
        return;
    }
    QStringList names;
    bool expired = false;
    for (const CrlRecord& crl : *crls) {
        auto ca = workspace->find(QStringLiteral("id:%1").arg(crl.caId));
        names << (ca ? ca->name : QString::number(crl.caId));
        expired = expired || crl.nextUpdate <= now;
    }
    m_crlStatus->setText(expired ? tr("⚠ CRL expired: %1 — servers reject every client; publish a new one")
                                       .arg(names.join(QStringLiteral(", ")))
                                 : tr("⚠ CRL expires within %1 days: %2").arg(kCrlWarningDays).arg(names.join(QStringLiteral(", "))));
    m_crlStatus->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold"));
}

} // namespace signet
