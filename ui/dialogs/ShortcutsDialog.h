#pragma once

#include <QDialog>

class QAction;

namespace signet {

// Help ▸ Keyboard Shortcuts: every action of the window that has one, read from the actions
// themselves so that the list cannot differ from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace signet
