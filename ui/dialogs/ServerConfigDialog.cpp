#include "dialogs/ServerConfigDialog.h"
#include "StatusStyle.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

namespace {
constexpr int kRefreshDelayMs = 300;

} // namespace

struct ServerConfigDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), server(rec) {}

    Workspace& workspace;
    CertificateRecord server;
    QComboBox* clientCa = nullptr;
    QSpinBox* port = nullptr;
    QLineEdit* backend = nullptr;
    QLineEdit* folder = nullptr;
    QLineEdit* allow = nullptr;
    QTabWidget* tabs = nullptr;
    QList<ServerKind> kinds = allServerKinds();
    QList<QPlainTextEdit*> views;
    QPushButton* copy = nullptr;
    QPushButton* saveAll = nullptr;
    QLabel* result = nullptr;
    QStringList problems;  // why every client would be refused (a revoked or expired CA)
    QStringList admission; // who the configuration admits
    QTimer refresh;

    [[nodiscard]] Result<ServerConfigOptions> options(ServerKind kind) const
    {
        auto rules = dialogs::parseSubjectRules(allow->text());
        if (!rules) {
            return rules.error();
        }
        ServerConfigOptions o;
        o.rules = *rules;
        o.kind = kind;
        o.serverCert = CertificateRef::id(server.id);
        o.clientCa = CertificateRef::id(clientCa->currentData().toLongLong());
        o.outDir = QDir::cleanPath(QDir::fromNativeSeparators(folder->text().trimmed()));
        o.port = port->value();
        o.backend = backend->text().trimmed();
        return o;
    }

    void showResult(const QString& html, bool isError)
    {
        result->setStyleSheet(isError ? QStringLiteral("color: %1;").arg(StatusStyle::errorColorName()) : QString());
        result->setText(html);
    }
};

ServerConfigDialog::ServerConfigDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, server))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("serverConfigDialog"));
    setWindowTitle(tr("Server Configuration for “%1”").arg(server.name));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ui.clientCa = new QComboBox(this);
    ui.clientCa->setObjectName(QStringLiteral("clientCaCombo"));
    CertificateRepository::Filter cas;
    cas.casOnly = true;
    cas.withDer = false;
    cas.now = workspace.now();
    if (auto list = workspace.list(cas)) {
        for (const CertificateRecord& ca : *list) {
            ui.clientCa->addItem(ca.revoked ? tr("%1 (revoked)").arg(ca.name) : ca.name, ca.id);
            ui.clientCa->setItemData(ui.clientCa->count() - 1, ca.subject, Qt::ToolTipRole);
        }
    }
    if (server.issuerId) {
        ui.clientCa->setCurrentIndex(std::max(0, ui.clientCa->findData(*server.issuerId)));
    }
    form->addRow(tr("Accept clients &from CA:"), ui.clientCa);
    ui.allow = dialogs::makeAllowEdit(this);
    form->addRow(tr("&Admit only subjects:"), ui.allow);

    auto* endpoint = new QHBoxLayout;
    ui.port = new QSpinBox(this);
    ui.port->setObjectName(QStringLiteral("portSpin"));
    ui.port->setRange(1, 65535);
    ui.port->setValue(443);
    endpoint->addWidget(ui.port);
    auto* backendLabel = new QLabel(tr("&Backend:"), this);
    ui.backend = new QLineEdit(QStringLiteral("http://127.0.0.1:8080"), this);
    ui.backend->setObjectName(QStringLiteral("backendEdit"));
    ui.backend->setToolTip(tr("Where the server forwards requests, with the client certificate's subject in a header"));
    backendLabel->setBuddy(ui.backend);
    endpoint->addSpacing(12);
    endpoint->addWidget(backendLabel);
    endpoint->addWidget(ui.backend, 1);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(ui.port);
    form->addRow(portLabel, endpoint);

    ui.folder = new QLineEdit(QDir::home().filePath(QStringLiteral("signet-mtls/") + dialogs::fileStem(server.name)),
                              this);
    ui.folder->setObjectName(QStringLiteral("folderEdit"));
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    form->addRow(tr("Output fol&der:"), dialogs::pathRow(ui.folder, browse, this));
    layout->addLayout(form);

    ui.tabs = new QTabWidget(this);
    ui.tabs->setObjectName(QStringLiteral("configTabs"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QStringList titles = {tr("nginx"), tr("Apache"), tr("HAProxy"), tr("Node.js")};
    for (qsizetype i = 0; i < ui.kinds.size(); ++i) {
        auto* view = new QPlainTextEdit(ui.tabs);
        view->setObjectName(serverKindName(ui.kinds.at(i)) + QStringLiteral("View"));
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        ui.views << view;
        ui.tabs->addTab(view, titles.value(i));
    }
    layout->addWidget(ui.tabs, 1);

    ui.result = new QLabel(this);
    ui.result->setObjectName(QStringLiteral("resultLabel"));
    ui.result->setWordWrap(true);
    ui.result->setTextFormat(Qt::RichText);
    ui.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(ui.result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ui.copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    ui.copy->setObjectName(QStringLiteral("copyButton"));
    ui.saveAll = buttons->addButton(tr("&Save All Files…"), QDialogButtonBox::ActionRole);
    ui.saveAll->setObjectName(QStringLiteral("saveAllButton"));
    ui.saveAll->setToolTip(tr("Writes the configuration of the current tab and every file it refers to into "
                              "the output folder"));
    layout->addWidget(buttons);

    // Typing in the fields re-renders all three snippets once the user pauses.
    const auto hint = [this] {
        Ui& u = *m_ui;
        if (!u.problems.isEmpty()) {
            u.showResult(tr("Every client would be refused: %1").arg(u.problems.join(QStringLiteral("; "))).toHtmlEscaped(),
                         true);
            return;
        }
        u.showResult(tr("<b>Save All Files</b> writes the %1 configuration with the certificate, key, client CA "
                        "and CRL files it refers to into the output folder. %2")
                         .arg(u.tabs->tabText(u.tabs->currentIndex()).remove(QLatin1Char('&')),
                              u.admission.join(QLatin1Char(' ')).toHtmlEscaped()),
                     false);
    };
    const auto render = [this, hint] {
        Ui& u = *m_ui;
        for (qsizetype i = 0; i < u.kinds.size(); ++i) {
            auto options = u.options(u.kinds.at(i));
            auto preview = options ? u.workspace.previewServerConfig(*options) : Result<ServerConfigResult>(options.error());
            if (!preview) {
                for (QPlainTextEdit* view : u.views) {
                    view->clear();
                }
                u.showResult(preview.error().toString().toHtmlEscaped(), true);
                u.copy->setEnabled(false);
                u.saveAll->setEnabled(false);
                return;
            }
            u.views.at(i)->setPlainText(preview->snippet);
            u.problems = preview->problems;
            u.admission = preview->admission;
        }
        hint();
        u.copy->setEnabled(true);
        u.saveAll->setEnabled(true);
    };
    ui.refresh.setSingleShot(true);
    ui.refresh.setInterval(kRefreshDelayMs);
    connect(&ui.refresh, &QTimer::timeout, this, render);
    const auto schedule = [this] { m_ui->refresh.start(); };
    connect(ui.clientCa, &QComboBox::currentIndexChanged, this, schedule);
    connect(ui.port, &QSpinBox::valueChanged, this, schedule);
    connect(ui.backend, &QLineEdit::textChanged, this, schedule);
    connect(ui.folder, &QLineEdit::textChanged, this, schedule); // the snippets name files in it
    connect(ui.allow, &QLineEdit::textChanged, this, schedule);
    connect(ui.tabs, &QTabWidget::currentChanged, this, [this, hint] {
        if (m_ui->saveAll->isEnabled()) {
            hint();
        }
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_ui->folder->text());
        if (!dir.isEmpty()) {
            m_ui->folder->setText(dir);
        }
    });
    connect(ui.copy, &QPushButton::clicked, this, [this] {
        Ui& u = *m_ui;
        QApplication::clipboard()->setText(u.views.at(u.tabs->currentIndex())->toPlainText());
        u.showResult(tr("Copied the %1 configuration to the clipboard.")
                         .arg(u.tabs->tabText(u.tabs->currentIndex()).remove(QLatin1Char('&'))),
                     false);
    });
    connect(ui.saveAll, &QPushButton::clicked, this, [this, render] {
        Ui& u = *m_ui;
        // Show exactly what is written, even when the user typed within the refresh delay.
        u.refresh.stop();
        render();
        if (!u.saveAll->isEnabled()) {
            return;
        }
        auto options = u.options(u.kinds.at(u.tabs->currentIndex()));
        if (!options) {
            return;
        }
        if (!u.problems.isEmpty()) {
            const auto answer = QMessageBox::warning(
                this, tr("Save All Files"),
                tr("%1\n\nServers with this configuration refuse every client. Write it anyway?")
                    .arg(u.problems.join(QLatin1Char('\n'))),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Save) {
                return;
            }
            options->force = true;
        }
        auto written = u.workspace.writeServerConfig(*options);
        if (!written && dialogs::confirmReplace(this, tr("Save All Files"), written.error())) {
            options->replaceFiles = true;
            written = u.workspace.writeServerConfig(*options);
        }
        if (!written) {
            u.showResult(tr("Nothing saved: %1").arg(written.error().toString()).toHtmlEscaped(), true);
            return;
        }
        QStringList names;
        for (const QString& file : written->files) {
            names << QFileInfo(file).fileName().toHtmlEscaped();
        }
        u.showResult(tr("Saved %1 in <b>%2</b>. Include <b>%3</b> in the server's configuration and reload it. "
                        "Signet keeps client-crl.pem in this folder current: every CRL published for these CAs "
                        "rewrites it (then reload: <code>%4</code>). Test with:")
                             .arg(names.join(QStringLiteral(", ")), written->directory.toHtmlEscaped(),
                                  QFileInfo(written->configFile).fileName().toHtmlEscaped(),
                                  written->reloadCommand.toHtmlEscaped())
                         + QStringLiteral("<br><code>%1</code>").arg(written->testCommand.toHtmlEscaped()),
                     false);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    render();
    resize(900, 640);
    setMinimumSize(720, 520);
}

ServerConfigDialog::~ServerConfigDialog() = default;

} // namespace signet
