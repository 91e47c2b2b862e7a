#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace signet {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    auto* title = new QLabel(tr("<h1>Welcome to Signet</h1>"), this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto* create = new QCommandLinkButton(tr("Create your first certificate authority"),
                                          tr("A root CA signs the server and client certificates you will issue."),
                                          this);
    create->setObjectName(QStringLiteral("createFirstCaButton"));
    auto* open = new QCommandLinkButton(tr("Open a workspace"), tr("Continue with an existing .signet file."), this);
    open->setObjectName(QStringLiteral("openWorkspaceButton"));
    connect(create, &QCommandLinkButton::clicked, this, [this] {
        if (m_workspaceOpen) {
            emit createCaRequested();
        } else {
            emit newWorkspaceRequested();
        }
    });
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    column->addWidget(title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(create);
    column->addWidget(open);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setWorkspaceOpen(false);
}

void WelcomePage::setWorkspaceOpen(bool open)
{
    m_workspaceOpen = open;
    m_text->setText(open ? tr("This workspace holds no certificate authority yet. Create one to start issuing "
                              "server and client certificates for mutual TLS.")
                         : tr("Signet keeps your certificate authorities, certificates and their encrypted keys "
                              "in one workspace file."));
}

} // namespace signet
