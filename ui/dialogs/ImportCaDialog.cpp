#include "dialogs/ImportCaDialog.h"

#include "BackgroundTask.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

namespace {
QStringList reportLines(const CaImportReport& report)
{
    QStringList lines;
    for (const ImportedCertificate& cert : report.files.certificates) {
        lines << ImportCaDialog::tr("Certificate “%1” (serial %2)").arg(cert.name, cert.serial);
    }
    if (report.files.certificateCount > report.files.certificates.size()) {
        lines << ImportCaDialog::tr("%n more certificate(s)", nullptr,
                                    static_cast<int>(report.files.certificateCount - report.files.certificates.size()));
    }
    for (const QString& name : report.files.keysAttached) {
        lines << ImportCaDialog::tr("Private key of “%1”").arg(name);
    }
    for (const QString& line : report.revoked) {
        lines << ImportCaDialog::tr("Revoked: %1").arg(line);
    }
    for (const QString& name : report.requests) {
        lines << ImportCaDialog::tr("Request “%1” waits to be signed (Sign a Request…)").arg(name);
    }
    for (const QString& name : report.templates) {
        lines << ImportCaDialog::tr("Template “%1”").arg(name);
    }
    lines << ImportCaDialog::tr("The next CRL is number %1.").arg(report.lastCrlNumber + 1);
    for (const QString& line : report.files.skipped) {
        lines << ImportCaDialog::tr("Skipped: %1").arg(line);
    }
    for (const QString& line : report.notes) {
        lines << ImportCaDialog::tr("Note: %1").arg(line);
    }
    return lines;
}
} // namespace

ImportCaDialog::ImportCaDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importCaDialog"));
    setWindowTitle(tr("Import CA"));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("An openssl ca folder, an EasyRSA pki or an XCA database (.xdb)"));
    auto* choose = new QPushButton(tr("Fol&der…"), this);
    choose->setObjectName(QStringLiteral("chooseFolder"));
    choose->setAutoDefault(false);
    auto* chooseXca = new QPushButton(tr("&XCA Database…"), this);
    chooseXca->setObjectName(QStringLiteral("chooseDatabase"));
    chooseXca->setAutoDefault(false);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(chooseXca);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("The CA's common name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Of its encrypted private keys, or of the XCA database"));

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&From:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Name here:"), m_name);
    form->addRow(tr("&Password:"), m_password);

    auto* explanation = new QLabel(tr("Brings the CA with its certificates and keys, every revocation with its "
                                      "original time and reason, and its CRL number: the next CRL signed here "
                                      "lists everything revoked before and has a higher number. Check shows "
                                      "what would happen without changing anything."),
                                   this);
    explanation->setWordWrap(true);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("The report appears here."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    for (QAbstractButton* button : buttons->buttons()) {
        static_cast<QPushButton*>(button)->setAutoDefault(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportCaDialog::chooseFolder);
    connect(chooseXca, &QPushButton::clicked, this, &ImportCaDialog::chooseDatabase);
    connect(m_folder, &QLineEdit::textChanged, this, &ImportCaDialog::updateButtons);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportCaDialog::reject);
    updateButtons();
    resize(720, 460);
}

void ImportCaDialog::setFolder(const QString& path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
}

QString ImportCaDialog::reportText() const
{
    return m_report->toPlainText();
}

void ImportCaDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the CA's Folder"),
                                                           m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!path.isEmpty()) {
        setFolder(path);
    }
}

void ImportCaDialog::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the XCA Database"), QDir::homePath(),
                                                      tr("XCA databases (*.xdb);;All files (*)"));
    if (!path.isEmpty()) {
        setFolder(path);
    }
}

void ImportCaDialog::updateButtons()
{
    const bool ready = !m_folder->text().trimmed().isEmpty();
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
}

void ImportCaDialog::run(bool dryRun)
{
    CaImportOptions options;
    options.name = m_name->text().trimmed();
    options.password = m_password->text().toUtf8();
    options.dryRun = dryRun;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    runThenCallback(
        this, dryRun ? tr("Checking the CA's folder…") : tr("Importing the CA…"), tr("%1 certificates so far…"),
        [ws = &m_workspace, folder, options](TaskProgress& progress) mutable {
            auto sibling = ws->sibling();
            if (!sibling) {
                return Result<CaImportReport>(sibling.error());
            }
            options.cancelled = [&progress] { return progress.cancelled.load(); };
            options.progress = [&progress](const ImportProgress& done) { progress.items.store(done.certificates); };
            return (*sibling)->importCa(folder, options);
        },
        [this](const Result<CaImportReport>& outcome) { showOutcome(outcome); });
}

void ImportCaDialog::showOutcome(const Result<CaImportReport>& outcome)
{
    updateButtons();
    if (!outcome) {
        m_report->setPlainText(outcome.error().toString());
        m_summary->setText(tr("Nothing was imported."));
        emit runFinished();
        return;
    }
    const CaImportReport& report = outcome.value();
    m_report->setPlainText(reportLines(report).join(QLatin1Char('\n')));
    const QString counts = tr("%1 certificates, %2 keys and %3 revocations")
                               .arg(report.files.certificateCount)
                               .arg(report.files.keyCount)
                               .arg(report.revokedCount);
    m_summary->setText(report.dryRun ? tr("Check: the %1 “%2” would bring %3. Nothing was changed.")
                                           .arg(report.kind, report.caName, counts)
                                     : tr("Imported the %1 “%2”: %3.").arg(report.kind, report.caName, counts));
    if (!report.dryRun) {
        m_imported = true;
    }
    emit runFinished();
}

} // namespace signet
