#include "dialogs/RenewDialog.h"

#include "LongTask.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "crypto/KeySpec.h"
#include "dialogs/DialogSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <openssl/x509.h>

namespace signet {

struct RenewDialog::Ui {
    Ui(Workspace& ws, QList<CertificateRecord> recs) : workspace(ws), records(std::move(recs)) {}

    Workspace& workspace;
    QList<CertificateRecord> records;
    QList<CertificateRecord> renewed;
    QListWidget* list = nullptr;
    QSpinBox* days = nullptr;
    QCheckBox* rekey = nullptr;
    QCheckBox* revokeOld = nullptr;
    QLabel* error = nullptr;
};

namespace {
bool isRoot(const CertificateRecord& record)
{
    return !record.issuerId || *record.issuerId == record.id;
}

// A new key of the kind the certificate has, made on a worker thread; nullopt when cancelled.
std::optional<Result<PrivateKey>> newKeyFor(QWidget* parent, Workspace& workspace, const CertificateRecord& record)
{
    auto cert = workspace.certificate(record);
    if (!cert) {
        return Result<PrivateKey>(cert.error());
    }
    auto spec = KeySpec::of(X509_get0_pubkey(cert->get()));
    if (!spec) {
        return Result<PrivateKey>(spec.error());
    }
    return runWithProgress(parent, RenewDialog::tr("Generating %1 key…").arg(spec->description()),
                           [spec = *spec](const std::atomic<bool>& cancelled) {
                               return PrivateKey::generate(spec, &cancelled);
                           });
}
} // namespace

RenewDialog::RenewDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, std::move(records)))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("renewDialog"));
    setWindowTitle(ui.records.size() == 1 ? tr("Renew “%1”").arg(ui.records.front().name)
                                          : tr("Renew %n Certificates", nullptr, int(ui.records.size())));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A renewal keeps the subject, the names and the profile under a new serial number. "
                                "The name moves to the new certificate; the previous one stays, marked superseded. "
                                "A CA renewed with its key keeps everything it issued."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    ui.list = new QListWidget(this);
    ui.list->setObjectName(QStringLiteral("renewList"));
    layout->addWidget(ui.list, 1);

    auto* form = new QFormLayout;
    ui.days = new QSpinBox(this);
    ui.days->setObjectName(QStringLiteral("daysSpin"));
    ui.days->setRange(0, 100000);
    ui.days->setSpecialValueText(tr("As long as before"));
    ui.days->setSuffix(tr(" days"));
    form->addRow(tr("&Validity:"), ui.days);
    ui.rekey = new QCheckBox(tr("Make a &new key (a CA with a new key starts a new generation)"), this);
    ui.rekey->setObjectName(QStringLiteral("rekeyCheck"));
    form->addRow(QString(), ui.rekey);
    ui.revokeOld = new QCheckBox(tr("Re&voke the previous certificate (reason: superseded)"), this);
    ui.revokeOld->setObjectName(QStringLiteral("revokeOldCheck"));
    form->addRow(QString(), ui.revokeOld);
    layout->addLayout(form);
    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);

    auto* buttons = new QDialogButtonBox(this);
    auto* renew = buttons->addButton(tr("&Renew"), QDialogButtonBox::AcceptRole);
    renew->setObjectName(QStringLiteral("renewButton"));
    renew->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RenewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fillList();
    setMinimumSize(520, 360);
}

RenewDialog::~RenewDialog() = default;

const QList<CertificateRecord>& RenewDialog::renewed() const
{
    return m_ui->renewed;
}

void RenewDialog::fillList()
{
    Ui& ui = *m_ui;
    ui.list->clear();
    bool anyRoot = false;
    const QLocale locale;
    for (const CertificateRecord& record : ui.records) {
        ui.list->addItem(tr("%1 — expires %2").arg(record.name, locale.toString(record.notAfter.toLocalTime().date(),
                                                                                 QLocale::ShortFormat)));
        anyRoot = anyRoot || isRoot(record);
    }
    // A root CA has no one above it to list it on a CRL.
    ui.revokeOld->setEnabled(!anyRoot);
    if (anyRoot) {
        ui.revokeOld->setChecked(false);
        ui.revokeOld->setToolTip(tr("A root CA cannot be revoked."));
    }
}

void RenewDialog::accept()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    RenewOptions options;
    options.rekey = ui.rekey->isChecked();
    options.days = ui.days->value();
    options.revokeOld = ui.revokeOld->isChecked();
    QStringList failures;
    QList<CertificateRecord> remaining;
    for (const CertificateRecord& record : std::as_const(ui.records)) {
        PrivateKey key;
        if (options.rekey) {
            auto made = newKeyFor(this, ui.workspace, record);
            if (!made) {
                remaining << record; // cancelled
                continue;
            }
            if (!*made) {
                failures << tr("%1: %2").arg(record.name, made->error().toString());
                remaining << record;
                continue;
            }
            key = std::move(*made).value();
        }
        auto renewed = ui.workspace.renew(CertificateRef::id(record.id), options, std::move(key));
        if (!renewed) {
            failures << tr("%1: %2").arg(record.name, renewed.error().toString());
            remaining << record;
            continue;
        }
        ui.renewed << renewed->issued.record;
    }
    ui.records = remaining;
    if (ui.records.isEmpty()) {
        QDialog::accept();
        return;
    }
    fillList();
    dialogs::showError(ui.error, failures.isEmpty() ? tr("Cancelled; the certificates listed were not renewed.")
                                                    : tr("Not renewed:\n%1").arg(failures.join(QLatin1Char('\n'))));
}

} // namespace signet
