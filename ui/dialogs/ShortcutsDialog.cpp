#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QPixmap>
#include <QStyle>

namespace signet {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformRowHeights(true);
    // Actions without an icon keep their text in line with the others.
    const int iconSize = list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
    QPixmap blank(iconSize, iconSize);
    blank.fill(Qt::transparent);
    QList<const QAction*> shown;
    for (const QAction* action : actions) {
        // An action can sit in two menus (Import: File and Certificates); list it once.
        if (action->shortcut().isEmpty() || action->text().isEmpty() || shown.contains(action)) {
            continue;
        }
        shown << action;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        auto* item = new QTreeWidgetItem(list, {action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                keys.join(QStringLiteral(", "))});
        item->setIcon(0, action->icon().isNull() ? QIcon(blank) : action->icon());
    }
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace signet
