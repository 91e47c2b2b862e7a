#include "dialogs/PublishCrlDialog.h"

#include "LongTask.h"
#include "RevocationService.h"
#include "Workspace.h"
#include "crypto/Crl.h"
#include "dialogs/DialogSupport.h"
#include "export/FileWriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace signet {

namespace {
// What the worker hands back: the file's bytes, or why there are none.
struct Published {
    QByteArray data;
    QString error;
};
} // namespace

struct PublishCrlDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), ca(rec) {}

    Workspace& workspace;
    CertificateRecord ca;
    QSpinBox* days = nullptr;
    QRadioButton* bundle = nullptr;
    QRadioButton* single = nullptr;
    QCheckBox* der = nullptr;
    QLineEdit* path = nullptr;
    QLabel* expiry = nullptr;
    QLabel* error = nullptr;
    QString defaultName;
    QString written;

    [[nodiscard]] QString fileName() const
    {
        const QString stem = dialogs::fileStem(ca.name);
        if (bundle->isChecked()) {
            return stem + QStringLiteral("-crl-bundle.pem");
        }
        return stem + (der->isChecked() ? QStringLiteral(".crl") : QStringLiteral("-crl.pem"));
    }
};

PublishCrlDialog::PublishCrlDialog(Workspace& workspace, const CertificateRecord& ca, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, ca))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("publishCrlDialog"));
    setWindowTitle(tr("Publish CRL of “%1”").arg(ca.name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Signs a new certificate revocation list for <b>%1</b> listing every certificate "
                                "it has revoked, and saves it for your servers.")
                                 .arg(ca.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ui.days = new QSpinBox(this);
    ui.days->setObjectName(QStringLiteral("daysSpin"));
    ui.days->setRange(1, 3650);
    ui.days->setValue(RevocationService::kDefaultCrlDays);
    ui.days->setSuffix(tr(" days"));
    ui.days->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Valid for:"), ui.days);

    auto* what = new QGroupBox(tr("What to save"), this);
    auto* whatLayout = new QVBoxLayout(what);
    ui.bundle = new QRadioButton(tr("CRL &bundle for servers: this CA and every CA above it"), what);
    ui.bundle->setObjectName(QStringLiteral("bundleRadio"));
    ui.bundle->setChecked(true);
    ui.single = new QRadioButton(tr("&Only this CA's CRL"), what);
    ui.single->setObjectName(QStringLiteral("singleRadio"));
    ui.der = new QCheckBox(tr("&DER (binary) instead of PEM"), what);
    ui.der->setObjectName(QStringLiteral("derCheck"));
    ui.der->setEnabled(false);
    auto* group = new QButtonGroup(this);
    group->addButton(ui.bundle);
    group->addButton(ui.single);
    whatLayout->addWidget(ui.bundle);
    auto* bundleNote = new QLabel(tr("nginx ssl_crl, Apache SSLCARevocationFile and HAProxy crl-file need a CRL for "
                                     "every CA in the client's chain."),
                                  what);
    bundleNote->setWordWrap(true);
    bundleNote->setContentsMargins(24, 0, 0, 4);
    whatLayout->addWidget(bundleNote);
    whatLayout->addWidget(ui.single);
    auto* derRow = new QHBoxLayout;
    derRow->addSpacing(24);
    derRow->addWidget(ui.der);
    whatLayout->addLayout(derRow);
    form->addRow(what);

    ui.path = new QLineEdit(this);
    ui.path->setObjectName(QStringLiteral("pathEdit"));
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    form->addRow(tr("&Save as:"), dialogs::pathRow(ui.path, browse, this));
    layout->addLayout(form);
    layout->addSpacing(8);

    ui.expiry = new QLabel(this);
    ui.expiry->setObjectName(QStringLiteral("reminderLabel"));
    ui.expiry->setWordWrap(true);
    layout->addWidget(ui.expiry);
    layout->addStretch(1);
    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    layout->addWidget(buttons);

    const auto updateName = [this] {
        Ui& u = *m_ui;
        u.der->setEnabled(!u.bundle->isChecked());
        const QString name = u.fileName();
        u.path->setText(dialogs::followDefaultName(u.path->text(), u.defaultName, name));
        u.defaultName = name;
    };
    const auto updateExpiry = [this] {
        Ui& u = *m_ui;
        const QDateTime next = u.workspace.now().addDays(u.days->value()).toLocalTime();
        u.expiry->setText(tr("<b>Next update: %1.</b> After that date nginx, Apache and HAProxy reject "
                             "<i>every</i> client certificate until a newer CRL is installed. Publish again "
                             "before then, and reload nginx, Apache or HAProxy after replacing the file: they "
                             "read it only at start-up.")
                              .arg(QLocale().toString(next, QLocale::LongFormat).toHtmlEscaped()));
    };
    connect(ui.bundle, &QRadioButton::toggled, this, updateName);
    connect(ui.der, &QCheckBox::toggled, this, updateName);
    connect(ui.days, &QSpinBox::valueChanged, this, updateExpiry);
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool der = m_ui->single->isChecked() && m_ui->der->isChecked();
        const QString filter = der ? tr("DER CRL (*.crl *.der)") : tr("PEM CRL (*.pem *.crl)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save CRL As"), m_ui->path->text(),
                                                          filter + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty()) {
            m_ui->path->setText(path);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishCrlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    ui.defaultName = ui.fileName();
    ui.path->setText(QDir::home().filePath(ui.defaultName));
    updateExpiry();
    setMinimumSize(560, 440);
}

PublishCrlDialog::~PublishCrlDialog() = default;

QString PublishCrlDialog::writtenFile() const
{
    return m_ui->written;
}

void PublishCrlDialog::accept()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    const QString path = ui.path->text().trimmed();
    if (path.isEmpty()) {
        dialogs::showError(ui.error, tr("Choose where to save the CRL."));
        return;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        dialogs::showError(ui.error, tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    if (!dialogs::confirmOverwrite(this, path)) {
        return;
    }

    // Signing a CRL of many entries takes a while: it runs on its own connection in a worker.
    auto outcome = runWithProgress(
        this, tr("Publishing the CRL of %1…").arg(ui.ca.name),
        [ws = &ui.workspace, ref = QStringLiteral("id:%1").arg(ui.ca.id), days = ui.days->value(),
         bundle = ui.bundle->isChecked(), der = ui.der->isChecked()](const std::atomic<bool>& cancelled) {
            Published out;
            auto sibling = ws->sibling();
            if (!sibling) {
                out.error = sibling.error().toString();
                return out;
            }
            auto crl = (*sibling)->publishCrl(ref, days, [&cancelled] { return cancelled.load(); });
            if (!crl) {
                out.error = crl.error().toString();
                return out;
            }
            if (bundle) {
                auto data = (*sibling)->crlBundle(ref);
                if (!data) {
                    out.error = data.error().toString();
                    return out;
                }
                out.data = *data;
                return out;
            }
            auto parsed = Crl::fromData(crl->der);
            if (!parsed) {
                out.error = parsed.error().toString();
                return out;
            }
            out.data = der ? parsed->toDer() : parsed->toPem();
            return out;
        });
    if (!outcome) {
        return; // cancelled: nothing was stored or written
    }
    if (!outcome->error.isEmpty()) {
        dialogs::showError(ui.error, tr("Publishing failed: %1").arg(outcome->error));
        return;
    }
    if (Status st = writeFileAtomically(path, outcome->data, false); !st) {
        dialogs::showError(ui.error, tr("The CRL was published in the workspace but not saved: %1")
                                         .arg(st.error().toString()));
        return;
    }
    ui.written = info.absoluteFilePath();
    QDialog::accept();
}

} // namespace signet
