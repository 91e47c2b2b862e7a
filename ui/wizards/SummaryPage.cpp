#include "wizards/SummaryPage.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace signet {

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
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("issuanceError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
    m_error->hide();
    m_layout->addWidget(m_error);
}

void SummaryPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SummaryPage::addWidget(QWidget* widget)
{
    m_layout->addWidget(widget);
}

void SummaryPage::initializePage()
{
    m_view->setHtml(m_summaryHtml());
    showError(QString());
}

} // namespace signet
