#include "LifecycleCommands.h"

#include "Workspace.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/RenewDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace signet {

bool LifecycleCommands::renewable(const CertificateRecord& record)
{
    const bool selfSigned = !record.issuerId || *record.issuerId == record.id;
    return record.authentic && !record.revoked && !record.supersededBy && record.profile != Profile::Imported
           && (!selfSigned || record.keyId);
}

bool LifecycleCommands::onHold(const CertificateRecord& record)
{
    return record.authentic && record.revoked && record.revocationReason == RevocationReason::CertificateHold;
}

LifecycleCommands::Changed LifecycleCommands::renew(QWidget* parent, Workspace& workspace,
                                                    const QList<CertificateRecord>& records)
{
    RenewDialog dialog(workspace, records, parent);
    dialog.exec();
    if (dialog.renewed().isEmpty()) {
        return std::nullopt;
    }
    return std::optional<qint64>(dialog.renewed().front().id);
}

LifecycleCommands::Changed LifecycleCommands::rename(QWidget* parent, Workspace& workspace,
                                                     const CertificateRecord& record)
{
    QString name = record.name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(parent, tr("Rename “%1”").arg(record.name), tr("&New name:"), QLineEdit::Normal,
                                     name, &ok);
        if (!ok || name == record.name) {
            return std::nullopt;
        }
        auto renamed = workspace.rename(CertificateRef::id(record.id), name);
        if (renamed) {
            return std::optional<qint64>(renamed->id);
        }
        QMessageBox::warning(parent, tr("Not Renamed"), renamed.error().toString());
    }
}

LifecycleCommands::Changed LifecycleCommands::remove(QWidget* parent, Workspace& workspace,
                                                     const QList<CertificateRecord>& records)
{
    QList<RemovalScope> scopes;
    qint64 total = 0;
    qint64 cas = 0;
    QStringList names;
    for (const CertificateRecord& record : records) {
        auto scope = workspace.countForRemoval(CertificateRef::id(record.id));
        if (!scope) {
            QMessageBox::warning(parent, tr("Not Removed"), scope.error().toString());
            return std::nullopt;
        }
        total += scope->certificates;
        cas += scope->cas;
        names << record.name;
        scopes << *scope;
    }
    QMessageBox box(QMessageBox::Question, tr("Remove Certificates"),
                    tr("Remove %n certificate(s) from the workspace?", nullptr, int(total)), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setInformativeText(
        (cas > 0 ? tr("A CA goes with everything below it (%n CA(s) in all). ", nullptr, int(cas)) : QString())
        + tr("They leave the tree and the lists; revoked ones stay on their CA's CRL, the History keeps them, and "
             "Restore brings them back with their keys.\n\n%1")
              .arg(names.join(QLatin1Char('\n'))));
    auto* removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != removeButton) {
        return std::nullopt;
    }
    QStringList failures;
    for (const RemovalScope& scope : scopes) {
        RemoveOptions options;
        options.confirmedCount = scope.certificates;
        if (auto removed = workspace.remove(CertificateRef::id(scope.target.id), options); !removed) {
            failures << tr("%1: %2").arg(scope.target.name, removed.error().toString());
        }
    }
    if (!failures.isEmpty()) {
        QMessageBox::warning(parent, tr("Not Removed"), failures.join(QLatin1Char('\n')));
    }
    return std::optional<std::optional<qint64>>(std::optional<qint64>());
}

LifecycleCommands::Changed LifecycleCommands::restore(QWidget* parent, Workspace& workspace)
{
    RestoreDialog dialog(workspace, parent);
    dialog.exec();
    if (dialog.restored().isEmpty()) {
        return std::nullopt;
    }
    return std::optional<qint64>(dialog.restored().back().id);
}

LifecycleCommands::Changed LifecycleCommands::release(QWidget* parent, Workspace& workspace,
                                                      const CertificateRecord& record)
{
    const auto answer = QMessageBox::question(
        parent, tr("Release “%1”").arg(record.name),
        tr("End the hold on “%1”? It is valid again once its CA's next CRL, which lists it as removed, is published.")
            .arg(record.name));
    if (answer != QMessageBox::Yes) {
        return std::nullopt;
    }
    auto released = workspace.release(CertificateRef::id(record.id));
    if (!released) {
        QMessageBox::warning(parent, tr("Not Released"), released.error().toString());
        return std::nullopt;
    }
    return std::optional<qint64>(released->id);
}

} // namespace signet
