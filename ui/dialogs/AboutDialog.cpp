#include "dialogs/AboutDialog.h"

#include "ApplicationIdentity.h"
#include "Icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace signet {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Signet"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    const QUrl docs = documentationUrl();
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p><a href=\"%5\">%6</a></p><p><small>%7</small></p>")
            .arg(tr("Signet %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped(),
                 tr("A certificate authority for private PKI and mutual TLS.").toHtmlEscaped(),
                 tr("Copyright 2026 the Signet developers.").toHtmlEscaped(),
                 tr("Licensed under the Apache License, Version 2.0.").toHtmlEscaped(), docs.toString(QUrl::FullyEncoded),
                 (docs.isLocalFile() ? tr("Documentation: %1").arg(QDir::toNativeSeparators(docs.toLocalFile()))
                                     : tr("Documentation: %1").arg(docs.toString()))
                     .toHtmlEscaped(),
                 tr("Built on %1.").arg(ApplicationIdentity::libraryVersions()).toHtmlEscaped()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QUrl AboutDialog::documentationUrl()
{
    const QFileInfo readme(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/signet/README.md"));
    if (readme.isFile()) {
        return QUrl::fromLocalFile(readme.canonicalFilePath());
    }
    return QUrl(QStringLiteral(SIGNET_HOMEPAGE));
}

} // namespace signet
