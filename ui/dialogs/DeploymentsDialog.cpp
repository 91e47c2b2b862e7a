#include "dialogs/DeploymentsDialog.h"

#include "Workspace.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace signet {

DeploymentsDialog::DeploymentsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("deploymentsDialog"));
    setWindowTitle(tr("Deployments"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The folders that server configurations and deployment kits were saved to. Every "
                                "CRL published for a CA they carry rewrites their CRL file; reload the server "
                                "afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("deploymentList"));
    list->setHeaderLabels({tr("Server"), tr("Folder"), tr("Certificate"), tr("Clients of"), tr("CRL file updated"),
                           tr("Reload with")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    auto deployments = workspace.deployments();
    for (const DeploymentInfo& d : deployments ? *deployments : QList<DeploymentInfo>()) {
        const bool present = QFileInfo(d.record.crlFile).isFile();
        auto* item = new QTreeWidgetItem(
            list, {d.record.kind, d.record.directory, d.serverName, d.clientCaName,
                   present ? QLocale().toString(d.record.updatedAt.toLocalTime(), QLocale::ShortFormat)
                           : tr("file missing"),
                   d.reloadCommand});
        item->setData(1, Qt::UserRole, d.record.directory);
        item->setToolTip(1, d.record.crlFile);
        item->setToolTip(5, d.reloadCommand);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    layout->addWidget(list, 1);
    auto* empty = new QLabel(tr("None yet: Certificates ▸ Server Configuration ▸ Save All Files and Save "
                                "Deployment Kit record the folders they write."),
                             this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setWordWrap(true);
    empty->setVisible(list->topLevelItemCount() == 0);
    layout->addWidget(empty);
    if (!deployments) {
        empty->setText(deployments.error().toString());
        empty->setVisible(true);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    open->setEnabled(false);
    connect(list, &QTreeWidget::currentItemChanged, open,
            [open](QTreeWidgetItem* current) { open->setEnabled(current != nullptr); });
    connect(open, &QPushButton::clicked, this, [list] {
        if (const QTreeWidgetItem* item = list->currentItem()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(1, Qt::UserRole).toString()));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 360);
}

} // namespace signet
