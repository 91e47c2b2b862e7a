#include "wizards/SummaryPage.h"
#include "StatusStyle.h"

#include <QCheckBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace signet {

namespace {
QLabel* makeErrorLabel(const QString& objectName, bool bold, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet((bold ? QStringLiteral("color: %1; font-weight: bold;") : QStringLiteral("color: %1;")).arg(StatusStyle::errorColorName()));
    label->hide();
    return label;
}
} // namespace

SummaryPage::SummaryPage(std::function<QString()> summaryHtml, QWidget* parent)
    : QWizardPage(parent), m_summaryHtml(std::move(summaryHtml))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("This is exactly what will be issued. Go back to change anything, or click Finish."));
    m_layout = new QVBoxLayout(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(QStringLiteral("issuanceError"), true, this);
    m_layout->addWidget(m_error);
    m_lintErrors = makeErrorLabel(QStringLiteral("lintFindings"), false, this);
    m_layout->addWidget(m_lintErrors);
    m_force = new QCheckBox(tr("Issue anyway (the certificate will be rejected by some clients)"), this);
    m_force->setObjectName(QStringLiteral("forceCheck"));
    m_force->hide();
    m_layout->addWidget(m_force);
}

void SummaryPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SummaryPage::showLintErrors(const QList<LintFinding>& errors)
{
    showError(tr("Not issued: clients would reject this certificate. Go back to change it, or issue it anyway."));
    QStringList lines;
    for (const LintFinding& f : errors) {
        lines << QStringLiteral("• %1: %2").arg(f.ruleId, f.message);
    }
    m_lintErrors->setText(lines.join(QLatin1Char('\n')));
    m_lintErrors->show();
    m_force->show();
}

bool SummaryPage::forceRequested() const
{
    return !m_force->isHidden() && m_force->isChecked();
}

void SummaryPage::addWidget(QWidget* widget)
{
    m_layout->addWidget(widget);
}

void SummaryPage::initializePage()
{
    // What was refused may have changed: the user must see the new findings before forcing again.
    m_view->setHtml(m_summaryHtml());
    showError(QString());
    m_lintErrors->hide();
    m_force->hide();
    m_force->setChecked(false);
}

} // namespace signet
