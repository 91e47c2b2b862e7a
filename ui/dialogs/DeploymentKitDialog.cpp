#include "dialogs/DeploymentKitDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace signet {

struct DeploymentKitDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), server(rec) {}

    Workspace& workspace;
    CertificateRecord server;
    QComboBox* clientCa = nullptr;
    QSpinBox* port = nullptr;
    QLineEdit* backend = nullptr;
    QLineEdit* folder = nullptr;
    QLineEdit* allow = nullptr;
    QLabel* result = nullptr;
    QLabel* error = nullptr;
    QPushButton* saveButton = nullptr;
    std::optional<DeploymentKitResult> saved;
};

DeploymentKitDialog::DeploymentKitDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, server))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("deploymentKitDialog"));
    setWindowTitle(tr("Deployment Kit for “%1”").arg(server.name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Writes everything a server needs for mutual TLS into one folder: the certificate "
                                "chain and key, the client CA and CRL bundles, configurations for nginx, Apache, "
                                "HAProxy and Node.js, <b>test-mtls.sh</b> to check the running server with curl, and a "
                                "README saying where each file goes."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ui.clientCa = new QComboBox(this);
    ui.clientCa->setObjectName(QStringLiteral("clientCaCombo"));
    dialogs::fillClientCaCombo(ui.clientCa, workspace, server.issuerId);
    form->addRow(tr("Accept clients &from CA:"), ui.clientCa);
    ui.allow = dialogs::makeAllowEdit(this);
    form->addRow(tr("&Admit only subjects:"), ui.allow);

    ui.port = new QSpinBox(this);
    ui.port->setObjectName(QStringLiteral("portSpin"));
    ui.port->setRange(1, 65535);
    ui.port->setValue(DeploymentKitOptions().port);
    form->addRow(tr("&Port:"), ui.port);

    ui.backend = new QLineEdit(DeploymentKitOptions().backend, this);
    ui.backend->setObjectName(QStringLiteral("backendEdit"));
    ui.backend->setToolTip(tr("Where the server forwards requests, with the client certificate's subject in a header"));
    form->addRow(tr("&Backend:"), ui.backend);

    ui.folder = new QLineEdit(QDir::home().filePath(QStringLiteral("signet-kit/") + dialogs::fileStem(server.name)),
                              this);
    ui.folder->setObjectName(QStringLiteral("folderEdit"));
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    form->addRow(tr("Fol&der:"), dialogs::pathRow(ui.folder, browse, this));
    layout->addLayout(form);

    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);
    ui.result = new QLabel(this);
    ui.result->setObjectName(QStringLiteral("resultLabel"));
    ui.result->setWordWrap(true);
    ui.result->setTextFormat(Qt::RichText);
    ui.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui.result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(ui.result, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ui.saveButton = buttons->addButton(tr("&Save Kit"), QDialogButtonBox::ActionRole);
    ui.saveButton->setObjectName(QStringLiteral("saveButton"));
    ui.saveButton->setDefault(true);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Deployment Kit Folder"), m_ui->folder->text());
        if (!dir.isEmpty()) {
            m_ui->folder->setText(dir);
        }
    });
    connect(ui.saveButton, &QPushButton::clicked, this, &DeploymentKitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
}

DeploymentKitDialog::~DeploymentKitDialog() = default;

const std::optional<DeploymentKitResult>& DeploymentKitDialog::saved() const
{
    return m_ui->saved;
}

void DeploymentKitDialog::save()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    ui.result->clear();
    if (ui.folder->text().trimmed().isEmpty()) {
        dialogs::showError(ui.error, tr("Choose a folder for the kit."));
        return;
    }
    DeploymentKitOptions options;
    options.serverCert = CertificateRef::id(ui.server.id);
    if (ui.clientCa->currentIndex() >= 0) {
        options.clientCa = CertificateRef::id(ui.clientCa->currentData().toLongLong());
    }
    options.outDir = QDir::cleanPath(QDir::fromNativeSeparators(ui.folder->text().trimmed()));
    options.port = ui.port->value();
    options.backend = ui.backend->text().trimmed();
    auto rules = dialogs::parseSubjectRules(ui.allow->text());
    if (!rules) {
        dialogs::showError(ui.error, rules.error().toString());
        return;
    }
    options.rules = *rules;
    auto kit = ui.workspace.writeDeploymentKit(options);
    // Each refusal the user may overrule is asked once: a CA that makes servers refuse every client,
    // files of the folder that would be replaced.
    while (!kit) {
        if (kit.error().forceable && !options.force
            && QMessageBox::warning(this, tr("Save Kit"),
                                    tr("%1\n\nServers with this kit refuse every client. Write it anyway?")
                                        .arg(kit.error().message),
                                    QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
                   == QMessageBox::Save) {
            options.force = true;
        } else if (!options.replaceFiles && dialogs::confirmReplace(this, tr("Save Kit"), kit.error())) {
            options.replaceFiles = true;
        } else {
            break;
        }
        kit = ui.workspace.writeDeploymentKit(options);
    }
    if (!kit) {
        dialogs::showError(ui.error, tr("Nothing saved: %1").arg(kit.error().toString()));
        return;
    }
    QStringList names;
    for (const QString& file : kit->files) {
        names << QFileInfo(file).fileName().toHtmlEscaped();
    }
    ui.result->setText(tr("Saved %1 in <b>%2</b>. <b>README.txt</b> says where each file goes and how to reload "
                          "each server. Once the server runs, test it with a client certificate:")
                           .arg(names.join(QStringLiteral(", ")), kit->directory.toHtmlEscaped())
                       + QStringLiteral("<br><code>%1</code>").arg(kit->testCommand.toHtmlEscaped()));
    ui.saved = std::move(kit).value();
}

} // namespace signet
