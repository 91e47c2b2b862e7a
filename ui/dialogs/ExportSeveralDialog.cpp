#include "dialogs/ExportSeveralDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"
#include "export/FileWriter.h"

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
#include <QSet>
#include <QVBoxLayout>

namespace signet {

namespace {
constexpr auto kBundleName = "certificates.pem";

ExportFormat formatOf(ExportSeveralDialog::Layout layout)
{
    switch (layout) {
    case ExportSeveralDialog::Layout::ChainFiles:
        return ExportFormat::Chain;
    case ExportSeveralDialog::Layout::DerFiles:
        return ExportFormat::Der;
    case ExportSeveralDialog::Layout::PemFiles:
    case ExportSeveralDialog::Layout::Bundle:
        break;
    }
    return ExportFormat::Pem;
}

QString extensionOf(ExportSeveralDialog::Layout layout)
{
    switch (layout) {
    case ExportSeveralDialog::Layout::ChainFiles:
        return QStringLiteral("-chain.pem");
    case ExportSeveralDialog::Layout::DerFiles:
        return QStringLiteral(".der");
    case ExportSeveralDialog::Layout::PemFiles:
    case ExportSeveralDialog::Layout::Bundle:
        break;
    }
    return QStringLiteral(".crt");
}
} // namespace

ExportSeveralDialog::ExportSeveralDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_records(std::move(records)), m_folder(QDir::homePath())
{
    setObjectName(QStringLiteral("exportSeveralDialog"));
    const int count = static_cast<int>(m_records.size());
    setWindowTitle(tr("Export %n Certificate(s)", nullptr, count));
    auto* layout = new QVBoxLayout(this);
    // A long selection is named by its first certificates and a count.
    constexpr int kNamed = 6;
    QStringList names;
    for (const CertificateRecord& record : m_records.mid(0, kNamed)) {
        names << record.name;
    }
    QString named = names.join(QStringLiteral(", "));
    if (count > kNamed) {
        named = tr("%1 and %n more", nullptr, count - kNamed).arg(named);
    }
    auto* intro = new QLabel(tr("Certificates only, without private keys: %1").arg(named), this);
    intro->setObjectName(QStringLiteral("namesLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("One certificate file each (PEM, .crt)"), static_cast<int>(Layout::PemFiles));
    m_layout->addItem(tr("One file each with its CA chain (PEM, -chain.pem)"), static_cast<int>(Layout::ChainFiles));
    m_layout->addItem(tr("One certificate file each (DER, .der)"), static_cast<int>(Layout::DerFiles));
    m_layout->addItem(tr("All in one PEM bundle"), static_cast<int>(Layout::Bundle));
    form->addRow(tr("&Files:"), m_layout);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    m_destinationLabel = new QLabel(this);
    m_destinationLabel->setBuddy(m_destination);
    form->addRow(m_destinationLabel, dialogs::pathRow(m_destination, browseButton, this));
    layout->addLayout(form);
    layout->addStretch(1);
    m_error = dialogs::makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportSeveralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportSeveralDialog::browse);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportSeveralDialog::layoutChanged);
    m_destination->setText(QDir::toNativeSeparators(m_folder));
    layoutChanged();
    setMinimumWidth(560);
}

ExportSeveralDialog::Layout ExportSeveralDialog::fileLayout() const
{
    return static_cast<Layout>(m_layout->currentData().toInt());
}

void ExportSeveralDialog::setFileLayout(Layout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(layout)));
}

void ExportSeveralDialog::setDestination(const QString& path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportSeveralDialog::layoutChanged()
{
    // The bundle is a file in the folder chosen so far; the other layouts want the folder itself.
    const QString current = QDir::fromNativeSeparators(m_destination->text().trimmed());
    const bool bundle = fileLayout() == Layout::Bundle;
    m_destinationLabel->setText(bundle ? tr("Bundle &file:") : tr("&Folder:"));
    if (bundle && (current.isEmpty() || QFileInfo(current).isDir())) {
        m_folder = current.isEmpty() ? m_folder : current;
        setDestination(QDir(m_folder).filePath(QLatin1String(kBundleName)));
    } else if (!bundle && !QFileInfo(current).isDir()) {
        setDestination(current.isEmpty() ? m_folder : QFileInfo(current).absolutePath());
    }
}

void ExportSeveralDialog::browse()
{
    const QString current = QDir::fromNativeSeparators(m_destination->text().trimmed());
    const QString chosen =
        fileLayout() == Layout::Bundle
            ? QFileDialog::getSaveFileName(this, tr("Save PEM Bundle"), current, tr("PEM files (*.pem *.crt)"))
            : QFileDialog::getExistingDirectory(this, tr("Export to Folder"), current);
    if (!chosen.isEmpty()) {
        setDestination(chosen);
    }
}

QStringList ExportSeveralDialog::targetFiles(const QString& folder) const
{
    QStringList files;
    QSet<QString> taken;
    for (const CertificateRecord& record : m_records) {
        QString stem = dialogs::fileStem(record.name);
        if (taken.contains(stem.toLower())) {
            stem += QStringLiteral("-%1").arg(record.id);
        }
        taken.insert(stem.toLower());
        files << QDir(folder).filePath(stem + extensionOf(fileLayout()));
    }
    return files;
}

void ExportSeveralDialog::accept()
{
    dialogs::clearError(m_error);
    m_written.clear();
    const QString destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (destination.isEmpty()) {
        dialogs::showError(m_error, tr("Choose where to export to."));
        return;
    }
    if (fileLayout() == Layout::Bundle) {
        if (dialogs::confirmOverwrite(this, destination) && exportBundle(destination)) {
            QDialog::accept();
        }
        return;
    }
    if (!QFileInfo(destination).isDir()) {
        dialogs::showError(m_error, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(destination)));
        return;
    }
    const QStringList files = targetFiles(destination);
    QStringList existing;
    for (const QString& file : files) {
        if (QFileInfo::exists(file)) {
            existing << QFileInfo(file).fileName();
        }
    }
    if (!existing.isEmpty()
        && QMessageBox::question(this, tr("Replace Files?"),
                                 tr("%n file(s) already exist in the folder: %1. Replace them?", nullptr,
                                    static_cast<int>(existing.size()))
                                     .arg(existing.join(QStringLiteral(", "))),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes) {
        return;
    }
    if (exportEach(files)) {
        QDialog::accept();
    }
}

bool ExportSeveralDialog::exportEach(const QStringList& files)
{
    ExportOptions options;
    options.format = formatOf(fileLayout());
    QStringList failures;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const QString& path = files.at(i);
        auto exported = m_workspace.exportCertificate(CertificateRef::id(m_records.at(i).id), options,
                                                      [&path](const ExportedData& data) {
                                                          return writeFileAtomically(path, data.data, data.secret);
                                                      });
        if (exported) {
            m_written << path;
        } else {
            failures << tr("%1: %2").arg(m_records.at(i).name, exported.error().toString());
        }
    }
    if (failures.isEmpty()) {
        return true;
    }
    dialogs::showError(m_error, tr("Exported %1 of %2; these failed:\n%3")
                                    .arg(m_written.size())
                                    .arg(m_records.size())
                                    .arg(failures.join(QLatin1Char('\n'))));
    return false;
}

bool ExportSeveralDialog::exportBundle(const QString& file)
{
    QByteArray bundle;
    for (const CertificateRecord& record : m_records) {
        auto exported = m_workspace.exportCertificate(CertificateRef::id(record.id), {});
        if (!exported) {
            dialogs::showError(m_error, tr("%1: %2").arg(record.name, exported.error().toString()));
            return false;
        }
        bundle += exported->data;
    }
    if (Status st = writeFileAtomically(file, bundle, FileAccess::Public); !st) {
        dialogs::showError(m_error, tr("Export failed: %1").arg(st.error().toString()));
        return false;
    }
    m_written << file;
    return true;
}

QString ExportSeveralDialog::summary() const
{
    if (fileLayout() == Layout::Bundle) {
        return tr("Exported %n certificate(s) to %1", nullptr, static_cast<int>(m_records.size()))
            .arg(QDir::toNativeSeparators(m_written.value(0)));
    }
    const QString folder = m_written.isEmpty() ? QString() : QFileInfo(m_written.first()).absolutePath();
    return tr("Exported %n certificate(s) to %1", nullptr, static_cast<int>(m_written.size()))
        .arg(QDir::toNativeSeparators(folder));
}

} // namespace signet
