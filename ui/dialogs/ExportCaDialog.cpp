#include "dialogs/ExportCaDialog.h"

#include "BackgroundTask.h"
#include "Workspace.h"
#include "dialogs/DialogSupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

ExportCaDialog::ExportCaDialog(Workspace& workspace, const CertificateRecord& ca, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_ca(ca)
{
    setObjectName(QStringLiteral("exportCaDialog"));
    setWindowTitle(tr("Export “%1” as an openssl ca Folder").arg(ca.name));
    auto* explanation = new QLabel(tr("Writes the CA, its key encrypted with the password below, every certificate "
                                      "it issued with its revocations, and its CRL number, as a folder that "
                                      "<code>openssl ca -config FOLDER/openssl.cnf</code> goes on from."),
                                   this);
    explanation->setWordWrap(true);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setAutoDefault(false);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, dialogs::pathRow(m_folder, browse, this));
    form->addRow(tr("Key &password:"), m_password);
    form->addRow(tr("&Again:"), m_confirm);
    m_message = dialogs::makeErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportCaDialog::chooseFolder);
    for (QLineEdit* edit : {m_folder, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &ExportCaDialog::updateButton);
    }
    connect(m_export, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportCaDialog::reject);
    updateButton();
    resize(560, sizeHint().height());
}

void ExportCaDialog::setFolder(const QString& path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
}

void ExportCaDialog::setPassword(const QString& password)
{
    m_password->setText(password);
    m_confirm->setText(password);
}

QString ExportCaDialog::outcome() const
{
    return m_message->text();
}

void ExportCaDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a New or Empty Folder"), QDir::homePath());
    if (!path.isEmpty()) {
        setFolder(path);
    }
}

void ExportCaDialog::updateButton()
{
    const bool match = m_password->text() == m_confirm->text();
    m_export->setEnabled(!m_folder->text().trimmed().isEmpty() && !m_password->text().isEmpty() && match);
    if (!match && !m_confirm->text().isEmpty()) {
        dialogs::showError(m_message, tr("The two passwords differ."));
    } else {
        dialogs::clearError(m_message);
    }
}

void ExportCaDialog::run(bool replace)
{
    CaExportOptions options;
    options.ca = CertificateRef::id(m_ca.id);
    options.directory = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.password = m_password->text().toUtf8();
    options.replaceFiles = replace;
    m_export->setEnabled(false);
    runThenCallback(
        this, tr("Exporting “%1”…").arg(m_ca.name), QString(),
        [ws = &m_workspace, options](TaskProgress&) {
            auto sibling = ws->sibling();
            return sibling ? (*sibling)->exportCa(options) : Result<CaExportResult>(sibling.error());
        },
        [this](const Result<CaExportResult>& result) { finished(result); });
}

void ExportCaDialog::finished(const Result<CaExportResult>& result)
{
    updateButton();
    if (!result) {
        if (!result.error().existingFiles.isEmpty()
            && QMessageBox::question(this, windowTitle(),
                                     tr("%1 is not empty: files in it with the names of the export are replaced. "
                                        "Export into it anyway?")
                                         .arg(m_folder->text()),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   == QMessageBox::Yes) {
            run(true);
            return;
        }
        dialogs::showError(m_message, result.error().toString());
        emit exportFinished(false);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Exported %1 certificates (%2 revoked) to %3. Go on with: openssl ca -config %4")
                           .arg(result->certificates)
                           .arg(result->revoked)
                           .arg(QDir::toNativeSeparators(result->directory),
                                QDir::toNativeSeparators(result->directory + QStringLiteral("/openssl.cnf"))));
    m_message->show();
    emit exportFinished(true);
}

} // namespace signet
