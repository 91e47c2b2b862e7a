#include "dialogs/DialogSupport.h"
#include "StatusStyle.h"

#include "Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

namespace signet::dialogs {

namespace {
// lupdate files Tr::tr() strings under "DialogSupport", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DialogSupport)
};
} // namespace

QString fileStem(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@+-]+"));
    QString stem = name.trimmed();
    stem.replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.'))) {
        stem.remove(0, 1);
    }
    while (stem.endsWith(QLatin1Char('-'))) {
        stem.chop(1);
    }
    return stem.isEmpty() ? QStringLiteral("certificate") : stem;
}

QString groupedSerial(const QString& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs << hex.mid(i, 2);
    }
    return pairs.join(QLatin1Char(':'));
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(StatusStyle::errorColorName()));
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
}

void clearError(QLabel* label)
{
    label->clear();
    label->hide();
}

QWidget* pathRow(QLineEdit* edit, QPushButton* browse, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QString followDefaultName(const QString& path, const QString& oldName, const QString& newName)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName() != oldName) {
        return path;
    }
    return info.dir().filePath(newName);
}

void fillClientCaCombo(QComboBox* combo, Workspace& workspace, std::optional<qint64> select)
{
    CertificateRepository::Filter cas;
    cas.casOnly = true;
    cas.withDer = false;
    cas.now = workspace.now();
    if (auto list = workspace.list(cas)) {
        for (const CertificateRecord& ca : *list) {
            combo->addItem(ca.revoked ? Tr::tr("%1 (revoked)").arg(ca.name) : ca.name, ca.id);
            combo->setItemData(combo->count() - 1, ca.subject, Qt::ToolTipRole);
        }
    }
    if (select) {
        combo->setCurrentIndex(std::max(0, combo->findData(*select)));
    }
}

bool confirmOverwrite(QWidget* parent, const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return true;
    }
    return QMessageBox::question(parent, Tr::tr("Replace File?"),
                                 Tr::tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

bool confirmReplace(QWidget* parent, const QString& title, const Error& error)
{
    if (error.existingFiles.isEmpty()) {
        return false;
    }
    QStringList names;
    for (const QString& file : error.existingFiles) {
        names << QFileInfo(file).fileName();
    }
    const QString folder = QFileInfo(error.existingFiles.front()).absolutePath();
    return QMessageBox::question(parent, title,
                                 Tr::tr("%1 already holds %n file(s) that would be replaced:\n%2\n\nReplace them?",
                                        nullptr, int(names.size()))
                                     .arg(folder, names.join(QStringLiteral(", "))),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

QLineEdit* makeAllowEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("allowEdit"));
    edit->setPlaceholderText(Tr::tr("optional, e.g. O=Acme; OU=Staff|Dev"));
    edit->setToolTip(Tr::tr("Admit only clients whose subject has these values: rules separated by ';' must all "
                            "hold, values separated by '|' are alternatives. Attributes: CN, O, OU, C, L, ST."));
    return edit;
}

Result<QList<SubjectRule>> parseSubjectRules(const QString& text)
{
    QList<SubjectRule> rules;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty()) {
            continue;
        }
        auto rule = SubjectRule::parse(part.trimmed());
        if (!rule) {
            return rule.error();
        }
        rules << *rule;
    }
    return rules;
}

} // namespace signet::dialogs
