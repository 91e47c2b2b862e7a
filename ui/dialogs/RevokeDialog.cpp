#include "dialogs/RevokeDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"
#include "pki/RevocationReason.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace signet {

namespace {
struct ReasonText {
    const char* name; // RFC 5280 name, as revocationReasonFromName() knows it
    const char* label;
    const char* explanation;
};

// The order administrators reach for them: the common reasons first.
constexpr ReasonText kReasons[] = {
    {"unspecified", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Unspecified"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "No reason given.")},
    {"keyCompromise", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Key compromise"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The private key was lost, stolen or exposed.")},
    {"caCompromise", QT_TRANSLATE_NOOP("signet::RevokeDialog", "CA compromise"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The private key of a CA was lost, stolen or exposed.")},
    {"affiliationChanged", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Affiliation changed"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The holder's name or organisation changed.")},
    {"superseded", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Superseded"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "A new certificate replaces this one.")},
    {"cessationOfOperation", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Cessation of operation"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The server, device or person no longer needs it.")},
    {"certificateHold", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Certificate hold"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "Suspended: Release Hold makes it valid again.")},
    {"privilegeWithdrawn", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Privilege withdrawn"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The holder is no longer allowed what the certificate grants.")},
    {"aACompromise", QT_TRANSLATE_NOOP("signet::RevokeDialog", "Attribute authority compromise"),
     QT_TRANSLATE_NOOP("signet::RevokeDialog", "The authority that vouched for the holder's attributes was compromised.")},
};

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

struct RevokeDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), record(rec) {}

    Workspace& workspace;
    CertificateRecord record;
    QComboBox* reason = nullptr;
    QLabel* error = nullptr;
};

RevokeDialog::RevokeDialog(Workspace& workspace, const CertificateRecord& record, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, record))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke “%1”").arg(record.name));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), valueLabel(record.name, this));
    form->addRow(tr("Subject:"), valueLabel(record.subject, this));
    auto* serial = valueLabel(dialogs::groupedSerial(record.serial), this);
    serial->setWordWrap(false);
    form->addRow(tr("Serial:"), serial);

    QString issuerName = record.issuerDn;
    if (record.issuerId) {
        if (auto issuer = workspace.find(CertificateRef::id(*record.issuerId))) {
            issuerName = issuer->name;
        }
    }
    form->addRow(tr("Issued by:"), valueLabel(issuerName, this));

    ui.reason = new QComboBox(this);
    ui.reason->setObjectName(QStringLiteral("reasonCombo"));
    fillReasons(ui.reason);
    form->addRow(tr("Re&ason:"), ui.reason);
    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("reasonExplanation"));
    explanation->setWordWrap(true);
    form->addRow(QString(), explanation);
    layout->addLayout(form);

    auto* warning = new QLabel(
        tr("<b>Revocation cannot be undone.</b> Servers keep accepting this certificate until they see a new "
           "CRL: publish the CRL of “%1” next, install it on every server that checks it, and reload those "
           "servers.")
            .arg(issuerName.toHtmlEscaped()),
        this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(icon);
    warningRow->addWidget(warning, 1);
    layout->addSpacing(8);
    layout->addLayout(warningRow);
    layout->addStretch(1);
    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);

    auto* buttons = new QDialogButtonBox(this);
    auto* revoke = buttons->addButton(tr("&Revoke"), QDialogButtonBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("revokeButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not revoke by accident.
    revoke->setAutoDefault(false);
    cancel->setDefault(true);
    layout->addWidget(buttons);

    const auto updateExplanation = [this, explanation] {
        explanation->setText(m_ui->reason->currentData(Qt::ToolTipRole).toString());
    };
    connect(ui.reason, &QComboBox::currentIndexChanged, this, updateExplanation);
    connect(revoke, &QPushButton::clicked, this, &RevokeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateExplanation();

    if (record.revoked) {
        revoke->setEnabled(false);
        dialogs::showError(ui.error, tr("This certificate is already revoked."));
    }
    setMinimumSize(520, 300);
}

RevokeDialog::~RevokeDialog() = default;

QString RevokeDialog::reasonLabel(RevocationReason reason)
{
    const QString name = revocationReasonName(reason);
    for (const ReasonText& reason : kReasons) {
        if (name == QLatin1String(reason.name)) {
            return tr(reason.label);
        }
    }
    return name;
}

void RevokeDialog::fillReasons(QComboBox* combo)
{
    for (const ReasonText& reason : kReasons) {
        const auto known = revocationReasonFromName(QString::fromLatin1(reason.name));
        if (!known) {
            continue;
        }
        combo->addItem(tr(reason.label), revocationReasonCode(*known));
        combo->setItemData(combo->count() - 1, tr(reason.explanation), Qt::ToolTipRole);
    }
}

void RevokeDialog::accept()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    auto revoked = ui.workspace.revoke(CertificateRef::id(ui.record.id),
                                        revocationReasonFromCode(ui.reason->currentData().toInt())
                                            .value_or(RevocationReason::Unspecified));
    if (!revoked) {
        dialogs::showError(ui.error, tr("Revocation failed: %1").arg(revoked.error().toString()));
        return;
    }
    ui.record = *revoked;
    QDialog::accept();
}

} // namespace signet
