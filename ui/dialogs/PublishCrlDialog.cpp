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
// What the worker hands back: the CRL's number, the file's bytes and the deployments it rewrote, or
// why there are none.
struct Published {
    qint64 number = 0;
    QDateTime nextUpdate;
    QByteArray data;
    QList<DeploymentRefresh> refreshed;
    QString error;
};
} // namespace

struct PublishCrlDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), ca(rec) {}

    Workspace& workspace;
    CertificateRecord ca;
    QSpinBox* days = nullptr;
    QCheckBox* saveCopy = nullptr;
    QGroupBox* what = nullptr;
    QRadioButton* bundle = nullptr;
    QRadioButton* single = nullptr;
    QCheckBox* der = nullptr;
    QLineEdit* path = nullptr;
    QLabel* expiry = nullptr;
    QLabel* error = nullptr;
    QString defaultName;
    QString written;
    QString summary;
    QString report;
    QStringList failures;

    [[nodiscard]] QString fileName() const
    {
        const QString stem = dialogs::fileStem(ca.name);
        if (bundle->isChecked()) {
            return stem + QStringLiteral("-crl-bundle.pem");
        }
        return stem + (der->isChecked() ? QStringLiteral(".crl") : QStringLiteral("-crl.pem"));
    }

    // What was published and rewritten, for the status bar (summary) and the message box (report).
    // (PublishCrlDialog::tr: lupdate files them under the dialog, where they are looked up.)
    void describe(const Published& outcome)
    {
        QStringList reloads;
        QStringList rewritten;
        for (const DeploymentRefresh& refresh : outcome.refreshed) {
            if (!refresh.error.isEmpty()) {
                failures << PublishCrlDialog::tr("%1: %2").arg(refresh.deployment.record.directory, refresh.error);
                continue;
            }
            rewritten << QDir::toNativeSeparators(refresh.deployment.record.crlFile);
            if (!reloads.contains(refresh.deployment.reloadCommand)) {
                reloads << refresh.deployment.reloadCommand;
            }
        }
        const QString nextUpdate = QLocale().toString(outcome.nextUpdate.toLocalTime(), QLocale::LongFormat);
        summary = PublishCrlDialog::tr("Published CRL number %1 of %2, next update %3; rewrote %n server CRL file(s)",
                                       nullptr, static_cast<int>(rewritten.size()))
                      .arg(outcome.number)
                      .arg(ca.name, nextUpdate);
        if (!reloads.isEmpty()) {
            summary += PublishCrlDialog::tr(" — now reload: %1").arg(reloads.join(QStringLiteral("; ")));
        }
        QStringList lines = {PublishCrlDialog::tr("CRL number %1 of “%2” is published. Its next update is due on %3.")
                                 .arg(outcome.number)
                                 .arg(ca.name, nextUpdate)};
        if (rewritten.isEmpty()) {
            lines << PublishCrlDialog::tr("No server folder carries this CA's CRL, so none was rewritten.");
        } else {
            lines << PublishCrlDialog::tr("Rewrote the CRL file of these deployments:") + QStringLiteral("\n• ")
                         + rewritten.join(QStringLiteral("\n• "));
        }
        if (!reloads.isEmpty()) {
            lines << PublishCrlDialog::tr("Reload those servers to load it: %1").arg(reloads.join(QStringLiteral("; ")));
        }
        if (!written.isEmpty()) {
            lines << PublishCrlDialog::tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(written));
        }
        report = lines.join(QStringLiteral("\n\n"));
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
                                "it has revoked, and rewrites the CRL file of every server folder that carries it.")
                                 .arg(ca.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* deployments = new QLabel(this);
    deployments->setObjectName(QStringLiteral("deploymentsLabel"));
    deployments->setWordWrap(true);
    deployments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto covering = workspace.deploymentsCovering(ca.id);
    QStringList folders;
    for (const DeploymentInfo& d : covering ? *covering : QList<DeploymentInfo>()) {
        folders << QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(d.record.crlFile.toHtmlEscaped(), d.record.kind);
    }
    deployments->setText(folders.isEmpty()
                             ? tr("No server folder carries this CA's CRL yet (Server Configuration ▸ Save All Files "
                                  "and Save Deployment Kit record theirs). Save a copy below for your servers.")
                             : tr("Rewritten with the new CRL, then reload those servers:") + QStringLiteral("<ul>")
                                   + folders.join(QString()) + QStringLiteral("</ul>"));
    layout->addWidget(deployments);
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

    ui.saveCopy = new QCheckBox(tr("Also save a &copy of the CRL"), this);
    ui.saveCopy->setObjectName(QStringLiteral("saveCopyCheck"));
    ui.saveCopy->setChecked(folders.isEmpty());
    form->addRow(ui.saveCopy);
    auto* what = new QGroupBox(tr("What to save"), this);
    ui.what = what;
    auto* whatLayout = new QVBoxLayout(what);
    ui.bundle = new QRadioButton(tr("CRL &bundle for servers: this CA and every CA above and below it"), what);
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
    const auto updateCopy = [this, browse] {
        Ui& u = *m_ui;
        u.what->setEnabled(u.saveCopy->isChecked());
        u.path->setEnabled(u.saveCopy->isChecked());
        browse->setEnabled(u.saveCopy->isChecked());
    };
    connect(ui.saveCopy, &QCheckBox::toggled, this, updateCopy);
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
    updateCopy();
    setMinimumSize(560, 440);
}

PublishCrlDialog::~PublishCrlDialog() = default;

QString PublishCrlDialog::writtenFile() const
{
    return m_ui->written;
}

QString PublishCrlDialog::summary() const
{
    return m_ui->summary;
}

QString PublishCrlDialog::report() const
{
    return m_ui->report;
}

QStringList PublishCrlDialog::failures() const
{
    return m_ui->failures;
}

void PublishCrlDialog::accept()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    const bool saveCopy = ui.saveCopy->isChecked();
    const QString path = ui.path->text().trimmed();
    const QFileInfo info(path);
    if (saveCopy && path.isEmpty()) {
        dialogs::showError(ui.error, tr("Choose where to save the CRL."));
        return;
    }
    if (saveCopy && !info.absoluteDir().exists()) {
        dialogs::showError(ui.error, tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    if (saveCopy && !dialogs::confirmOverwrite(this, path)) {
        return;
    }

    // Signing a CRL of many entries takes a while: it runs on its own connection in a worker.
    auto outcome = runWithProgress(
        this, tr("Publishing the CRL of %1…").arg(ui.ca.name),
        [ws = &ui.workspace, ref = CertificateRef::id(ui.ca.id), days = ui.days->value(),
         encoding = ui.bundle->isChecked() ? CrlEncoding::ScopeBundle
                    : ui.der->isChecked()  ? CrlEncoding::Der
                                           : CrlEncoding::Pem](const std::atomic<bool>& cancelled) {
            Published out;
            auto sibling = ws->sibling();
            if (!sibling) {
                out.error = sibling.error().toString();
                return out;
            }
            auto published = (*sibling)->publishCrl(ref, days, encoding, [&cancelled] { return cancelled.load(); });
            if (!published) {
                out.error = published.error().toString();
                return out;
            }
            out.number = published->crl.number;
            out.nextUpdate = published->crl.nextUpdate;
            out.refreshed = published->deployments;
            out.data = published->encoded;
            return out;
        });
    if (!outcome) {
        return; // cancelled: nothing was stored or written
    }
    if (!outcome->error.isEmpty()) {
        dialogs::showError(ui.error, tr("Publishing failed: %1").arg(outcome->error));
        return;
    }
    if (saveCopy) {
        if (Status st = writeFileAtomically(path, outcome->data, false); !st) {
            dialogs::showError(ui.error, tr("The CRL was published in the workspace but not saved: %1")
                                             .arg(st.error().toString()));
            return;
        }
        ui.written = info.absoluteFilePath();
    }
    ui.describe(*outcome);
    QDialog::accept();
}

} // namespace signet
