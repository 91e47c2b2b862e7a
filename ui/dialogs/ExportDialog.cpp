#include "dialogs/ExportDialog.h"
#include "StatusStyle.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"
#include "export/FileWriter.h"

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
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

namespace {
using P12Profile = Pkcs12Builder::Profile;

QString extensionFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pem:
        return QStringLiteral(".crt");
    case ExportFormat::Der:
        return QStringLiteral(".der");
    case ExportFormat::Chain:
        return QStringLiteral("-chain.pem");
    case ExportFormat::FullChain:
        return QStringLiteral("-fullchain.pem");
    case ExportFormat::P7b:
        return QStringLiteral(".p7b");
    case ExportFormat::Key:
        return QStringLiteral(".key");
    case ExportFormat::P12:
        return QStringLiteral(".p12");
    case ExportFormat::MobileConfig:
        return QStringLiteral(".mobileconfig");
    }
    return {};
}

// Each target names the file format (Qt::UserRole) and the PKCS#12 profile it needs, and says why.
constexpr int kProfileRole = Qt::UserRole + 1;
constexpr int kNoteRole = Qt::UserRole + 2;
} // namespace

struct ExportDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), record(rec) {}

    Workspace& workspace;
    CertificateRecord record;
    QComboBox* format = nullptr;
    QLabel* formatNote = nullptr;
    QFormLayout* form = nullptr;
    QList<int> p12Rows;
    QList<int> keyRows;
    QComboBox* target = nullptr;
    QLabel* targetNote = nullptr;
    QLineEdit* passphrase = nullptr;
    QLineEdit* keyPassword = nullptr;
    QLineEdit* keyConfirm = nullptr;
    QLabel* keyNote = nullptr;
    QLineEdit* path = nullptr;
    QLabel* error = nullptr;
    QDialogButtonBox* buttons = nullptr;
    QString defaultName;
    QString written;

    // The PKCS#12 entry of the format list stands for every target; the target picks the file.
    [[nodiscard]] bool forDevice() const { return format->currentData().toInt() == int(ExportFormat::P12); }
    [[nodiscard]] ExportFormat currentFormat() const
    {
        return static_cast<ExportFormat>(forDevice() ? target->currentData().toInt() : format->currentData().toInt());
    }
    [[nodiscard]] P12Profile currentProfile() const
    {
        return static_cast<P12Profile>(target->currentData(kProfileRole).toInt());
    }
};

ExportDialog::ExportDialog(Workspace& workspace, const CertificateRecord& record, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, record))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export “%1”").arg(record.name));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    ui.form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ui.format = new QComboBox(this);
    ui.format->setObjectName(QStringLiteral("formatCombo"));
    ui.format->addItem(tr("PEM certificate"), static_cast<int>(ExportFormat::Pem));
    ui.format->addItem(tr("DER certificate"), static_cast<int>(ExportFormat::Der));
    ui.format->addItem(tr("Chain (certificate + intermediates)"), static_cast<int>(ExportFormat::Chain));
    ui.format->addItem(tr("Full chain (+ root)"), static_cast<int>(ExportFormat::FullChain));
    ui.format->addItem(tr("PKCS#7 .p7b"), static_cast<int>(ExportFormat::P7b));
    if (record.keyId) {
        ui.format->addItem(tr("Private key (PKCS#8)"), static_cast<int>(ExportFormat::Key));
        ui.format->addItem(tr("PKCS#12 .p12 / .pfx or Apple .mobileconfig"), static_cast<int>(ExportFormat::P12));
    }
    form->addRow(tr("&Format:"), ui.format);
    ui.formatNote = new QLabel(this);
    ui.formatNote->setObjectName(QStringLiteral("formatNote"));
    ui.formatNote->setWordWrap(true);
    form->addRow(QString(), ui.formatNote);

    // Rows that depend on the format share the form, so every field lines up; the others hide.
    ui.target = new QComboBox(this);
    ui.target->setObjectName(QStringLiteral("targetCombo"));
    const auto addTarget = [&ui](const QString& text, ExportFormat format, P12Profile profile, const QString& note) {
        ui.target->addItem(text, static_cast<int>(format));
        ui.target->setItemData(ui.target->count() - 1, static_cast<int>(profile), kProfileRole);
        ui.target->setItemData(ui.target->count() - 1, note, kNoteRole);
    };
    // iOS <= 17, macOS <= 13, Android <= 13 and Windows Server <= 2016 read only the compatible profile.
    const QString compatible = tr("Uses 3DES and SHA-1, the only choice older devices import.");
    addTarget(tr("iPhone / iPad / Mac"), ExportFormat::MobileConfig, P12Profile::Compatible,
              tr("Writes a configuration profile (.mobileconfig). Open it on the device (AirDrop, mail or "
                 "Files) to install the root CA and the client certificate; it asks for the passphrase. On an "
                 "iPhone or iPad, finish in Settings › Profile Downloaded."));
    addTarget(tr("Android"), ExportFormat::P12, P12Profile::Compatible, compatible);
    addTarget(tr("Windows"), ExportFormat::P12, P12Profile::Compatible, compatible);
    addTarget(tr("Firefox / Chrome / modern systems"), ExportFormat::P12, P12Profile::Modern,
              tr("Uses AES-256 and SHA-256; older iPhones, Android 13 and Windows Server 2016 cannot read it."));
    // MDM servers and Apple Configurator take a bare identity and bring their own trust settings.
    addTarget(tr("iPhone / iPad / Mac, .p12 only (MDM, Apple Configurator)"), ExportFormat::P12,
              P12Profile::Compatible,
              tr("A plain .p12 (3DES and SHA-1) for an MDM server or Apple Configurator. It does not make "
                 "the device trust your root CA."));
    form->addRow(tr("&Installs on:"), ui.target);
    ui.p12Rows << form->rowCount() - 1;
    ui.targetNote = new QLabel(this);
    ui.targetNote->setObjectName(QStringLiteral("targetNote"));
    ui.targetNote->setWordWrap(true);
    form->addRow(QString(), ui.targetNote);
    ui.p12Rows << form->rowCount() - 1;
    ui.passphrase = new QLineEdit(this);
    ui.passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    ui.passphrase->setReadOnly(true);
    ui.passphrase->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassphraseButton"));
    auto* regenerate = new QPushButton(tr("&Generate Another"), this);
    regenerate->setObjectName(QStringLiteral("regeneratePassphraseButton"));
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(ui.passphrase, 1);
    passRow->addWidget(copy);
    passRow->addWidget(regenerate);
    form->addRow(tr("Passphrase:"), passRow);
    ui.p12Rows << form->rowCount() - 1;
    auto* passNote = new QLabel(tr("Give this passphrase to whoever installs the file. Signet does not keep it."), this);
    passNote->setWordWrap(true);
    form->addRow(QString(), passNote);
    ui.p12Rows << form->rowCount() - 1;

    ui.keyPassword = new QLineEdit(this);
    ui.keyPassword->setObjectName(QStringLiteral("keyPasswordEdit"));
    ui.keyPassword->setEchoMode(QLineEdit::Password);
    ui.keyPassword->setPlaceholderText(tr("optional"));
    form->addRow(tr("Key &password:"), ui.keyPassword);
    ui.keyRows << form->rowCount() - 1;
    ui.keyConfirm = new QLineEdit(this);
    ui.keyConfirm->setObjectName(QStringLiteral("keyPasswordConfirmEdit"));
    ui.keyConfirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat:"), ui.keyConfirm);
    ui.keyRows << form->rowCount() - 1;
    ui.keyNote = new QLabel(this);
    ui.keyNote->setObjectName(QStringLiteral("keyWarningLabel"));
    ui.keyNote->setWordWrap(true);
    form->addRow(QString(), ui.keyNote);
    ui.keyRows << form->rowCount() - 1;

    ui.path = new QLineEdit(this);
    ui.path->setObjectName(QStringLiteral("pathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    form->addRow(tr("&Save as:"), dialogs::pathRow(ui.path, browse, this));
    layout->addLayout(form);

    layout->addStretch(1);
    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);
    ui.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ui.buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(ui.buttons);

    const auto newPassphrase = [this] {
        auto generated = Pkcs12Builder::generatePassword();
        if (!generated) {
            dialogs::showError(m_ui->error, generated.error().toString());
            return;
        }
        m_ui->passphrase->setText(QString::fromLatin1(*generated));
    };
    const auto updateTarget = [this] { m_ui->targetNote->setText(m_ui->target->currentData(kNoteRole).toString()); };
    const auto updateKeyNote = [this] {
        if (m_ui->keyPassword->text().isEmpty()) {
            m_ui->keyNote->setStyleSheet(QStringLiteral("color: %1;").arg(StatusStyle::errorColorName()));
            m_ui->keyNote->setText(tr("Without a password the key is written unencrypted: anyone who can read "
                                      "the file can use it."));
        } else {
            m_ui->keyNote->setStyleSheet(QString());
            m_ui->keyNote->setText(tr("The key is encrypted with AES-256 (PKCS#8)."));
        }
    };
    const auto updateFormat = [this] {
        Ui& u = *m_ui;
        const ExportFormat format = u.currentFormat();
        const QString name = dialogs::fileStem(u.record.name) + extensionFor(format);
        u.path->setText(dialogs::followDefaultName(u.path->text(), u.defaultName, name));
        u.defaultName = name;
        for (int row : std::as_const(u.p12Rows)) {
            u.form->setRowVisible(row, u.forDevice());
        }
        for (int row : std::as_const(u.keyRows)) {
            u.form->setRowVisible(row, format == ExportFormat::Key);
        }
        switch (format) {
        case ExportFormat::Pem:
            u.formatNote->setText(tr("The certificate alone, as Base64 text. Most servers and tools read it."));
            break;
        case ExportFormat::Der:
            u.formatNote->setText(tr("The certificate alone, binary. Windows and Java tools often expect it."));
            break;
        case ExportFormat::Chain:
            u.formatNote->setText(tr("The certificate followed by its intermediate CAs: what nginx "
                                     "ssl_certificate and Apache SSLCertificateFile expect."));
            break;
        case ExportFormat::FullChain:
            u.formatNote->setText(tr("The certificate, its intermediate CAs and the root CA."));
            break;
        case ExportFormat::P7b:
            u.formatNote->setText(tr("The certificate and its CAs in one PKCS#7 file, for Windows and Java."));
            break;
        case ExportFormat::Key:
            u.formatNote->setText(tr("The private key alone. Only you can read the file."));
            break;
        case ExportFormat::P12:
        case ExportFormat::MobileConfig:
            u.formatNote->setText(tr("Certificate, private key and CAs in one file protected by a passphrase, for "
                                     "phones, browsers and Windows. Only you can read the file."));
            break;
        }
        dialogs::clearError(u.error);
    };
    connect(ui.format, &QComboBox::currentIndexChanged, this, updateFormat);
    connect(ui.target, &QComboBox::currentIndexChanged, this, updateTarget);
    connect(ui.target, &QComboBox::currentIndexChanged, this, updateFormat); // the file name follows the target
    connect(ui.keyPassword, &QLineEdit::textChanged, this, updateKeyNote);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->passphrase->text()); });
    connect(regenerate, &QPushButton::clicked, this, newPassphrase);
    connect(browse, &QPushButton::clicked, this, [this] {
        const ExportFormat format = m_ui->currentFormat();
        const QString filter = format == ExportFormat::MobileConfig
                                   ? tr("Apple configuration profiles (*.mobileconfig)")
                               : format == ExportFormat::P12 ? tr("PKCS#12 (*.p12 *.pfx)")
                               : format == ExportFormat::P7b ? tr("PKCS#7 (*.p7b *.p7c)")
                               : format == ExportFormat::Der ? tr("DER certificates (*.der *.cer)")
                               : format == ExportFormat::Key ? tr("Private keys (*.key *.pem)")
                                                             : tr("PEM files (*.pem *.crt)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_ui->path->text(),
                                                          filter + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty()) {
            m_ui->path->setText(path);
        }
    });
    connect(ui.buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    ui.defaultName = dialogs::fileStem(record.name) + extensionFor(ExportFormat::Pem);
    ui.path->setText(QDir::home().filePath(ui.defaultName));
    newPassphrase();
    updateTarget();
    updateKeyNote();
    updateFormat();

    setMinimumSize(600, 360);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::selectFormat(ExportFormat format)
{
    const bool device = format == ExportFormat::MobileConfig;
    const int index = m_ui->format->findData(static_cast<int>(device ? ExportFormat::P12 : format));
    if (index < 0) {
        return;
    }
    m_ui->format->setCurrentIndex(index);
    if (device) {
        m_ui->target->setCurrentIndex(m_ui->target->findData(static_cast<int>(ExportFormat::MobileConfig)));
    }
}

QString ExportDialog::writtenFile() const
{
    return m_ui->written;
}

void ExportDialog::accept()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    const QString path = ui.path->text().trimmed();
    if (path.isEmpty()) {
        dialogs::showError(ui.error, tr("Choose where to save the file."));
        return;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        dialogs::showError(ui.error, tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    ExportOptions options;
    options.format = ui.currentFormat();
    if (ui.forDevice()) {
        options.p12Profile = ui.currentProfile();
        options.password = ui.passphrase->text().toUtf8();
    } else if (options.format == ExportFormat::Key) {
        if (ui.keyPassword->text() != ui.keyConfirm->text()) {
            dialogs::showError(ui.error, tr("The two key passwords differ."));
            return;
        }
        options.password = ui.keyPassword->text().toUtf8();
    }
    if (!dialogs::confirmOverwrite(this, path)) {
        return;
    }
    auto exported = ui.workspace.exportCertificate(CertificateRef::id(ui.record.id), options,
                                                   [&path](const ExportedData& data) {
                                                       return writeFileAtomically(path, data.data, data.secret);
                                                   });
    if (!exported) {
        dialogs::showError(ui.error, tr("Export failed: %1").arg(exported.error().toString()));
        return;
    }
    ui.written = info.absoluteFilePath();
    QDialog::accept();
}

} // namespace signet
