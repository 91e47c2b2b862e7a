#include "dialogs/RevokeSeveralDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"
#include "dialogs/RevokeDialog.h"
#include "pki/RevocationReason.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

RevokeSeveralDialog::RevokeSeveralDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_records(std::move(records))
{
    setObjectName(QStringLiteral("revokeSeveralDialog"));
    const int count = static_cast<int>(m_records.size());
    setWindowTitle(tr("Revoke %n Certificate(s)", nullptr, count));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("Revoke these %n certificate(s)?", nullptr, count), this);
    question->setObjectName(QStringLiteral("questionLabel"));
    layout->addWidget(question);
    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("certificateList"));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    QStringList issuers;
    QSet<qint64> issuerIds;
    for (const CertificateRecord& record : m_records) {
        list->addItem(record.name);
        if (record.issuerId && !issuerIds.contains(*record.issuerId)) {
            issuerIds.insert(*record.issuerId);
            auto issuer = workspace.find(CertificateRef::id(*record.issuerId));
            issuers << (issuer ? issuer->name : record.issuerDn);
        }
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min(count, 8) + 2 * list->frameWidth() + 4);
    layout->addWidget(list);

    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    RevokeDialog::fillReasons(m_reason);
    form->addRow(tr("Re&ason for all:"), m_reason);
    layout->addLayout(form);
    auto* warning = new QLabel(tr("<b>Revocation cannot be undone.</b> Servers keep accepting these certificates "
                                  "until they see a new CRL: publish the CRL of %1 next and reload the servers "
                                  "that check it.")
                                   .arg(issuers.join(QStringLiteral(", ")).toHtmlEscaped()),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    m_error = dialogs::makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    auto* revoke = buttons->addButton(tr("&Revoke %n Certificate(s)", nullptr, count), QDialogButtonBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("revokeButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not revoke by accident.
    revoke->setAutoDefault(false);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(revoke, &QPushButton::clicked, this, &RevokeSeveralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void RevokeSeveralDialog::accept()
{
    if (m_revoked > 0 || !m_failures.isEmpty()) {
        QDialog::accept(); // the second click closes a dialog that reported failures
        return;
    }
    const RevocationReason reason =
        revocationReasonFromCode(m_reason->currentData().toInt()).value_or(RevocationReason::Unspecified);
    for (const CertificateRecord& record : m_records) {
        auto revoked = m_workspace.revoke(CertificateRef::id(record.id), reason);
        if (revoked) {
            ++m_revoked;
        } else {
            m_failures << tr("%1: %2").arg(record.name, revoked.error().toString());
        }
    }
    if (m_failures.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_reason->setEnabled(false);
    dialogs::showError(m_error, tr("Revoked %1 of %2; these were not revoked:\n%3")
                                    .arg(m_revoked)
                                    .arg(m_records.size())
                                    .arg(m_failures.join(QLatin1Char('\n'))));
    if (auto* revoke = findChild<QPushButton*>(QStringLiteral("revokeButton"))) {
        revoke->setText(tr("&Close"));
    }
}

} // namespace signet
