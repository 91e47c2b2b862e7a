#include "dialogs/VerifyDialog.h"

#include "LongTask.h"
#include "StatusStyle.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStyle>
#include <QVBoxLayout>

namespace signet {

VerifyDialog::VerifyDialog(const IntegrityReport& report, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify Integrity"));
    const bool intact = report.intact();
    m_summary = intact ? tr("Nothing in this workspace was changed outside Signet.")
                       : tr("%n item(s) in this workspace were changed outside Signet.", nullptr,
                            static_cast<int>(report.problems.size()));
    auto* icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = intact ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    auto* headline = new QLabel(QStringLiteral("<b>%1</b>").arg(m_summary.toHtmlEscaped()), this);
    headline->setObjectName(QStringLiteral("verifySummary"));
    headline->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(headline, 1);

    auto* checked = new QLabel(tr("Checked %1 certificates, %2 private keys, %3 CRLs, %4 deployments and %5 audit "
                                  "log entries.")
                                   .arg(report.certificates)
                                   .arg(report.keys)
                                   .arg(report.crls)
                                   .arg(report.deployments)
                                   .arg(report.auditEntries),
                               this);
    checked->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(checked);
    if (!intact) {
        auto* advice = new QLabel(tr("Signet refuses to sign, export or deploy with these items. Restore the "
                                     "workspace from a backup you trust, and find out who could write to the file."),
                                  this);
        advice->setWordWrap(true);
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("verifyProblems"));
        const QIcon altered = StatusStyle::forStatus(CertificateStatus::Altered).icon;
        for (const QString& problem : report.problems) {
            list->addItem(new QListWidgetItem(altered, problem));
        }
        layout->addWidget(list, 1);
        layout->addWidget(advice);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(intact ? 460 : 620, intact ? 160 : 400);
}

void VerifyDialog::run(Workspace& workspace, QWidget* parent)
{
    Workspace* ws = &workspace;
    auto outcome = runWithProgress(parent, tr("Verifying the workspace…"), [ws](const std::atomic<bool>&) {
        auto sibling = ws->sibling();
        if (!sibling) {
            return Result<IntegrityReport>(sibling.error());
        }
        return (*sibling)->verify();
    });
    if (!outcome) {
        return;
    }
    if (!*outcome) {
        QMessageBox::warning(parent, tr("Verify Integrity"), outcome->error().toString());
        return;
    }
    VerifyDialog(outcome->value(), parent).exec();
}

} // namespace signet
