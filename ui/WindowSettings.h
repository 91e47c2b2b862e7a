#pragma once

#include <QStringList>

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace signet {

// What the desktop application remembers between runs (QSettings: $XDG_CONFIG_HOME/signet/signet.conf):
// the window's geometry and layout, and the workspaces opened last. Never a password or a key.
class WindowSettings {
public:
    static QStringList recentWorkspaces();
    // The workspace opened last, if it still exists.
    static QString lastWorkspace();
    // Puts `path` first in the recent list and remembers it as the last workspace.
    static void rememberWorkspace(const QString& path);

    static void saveLayout(const QMainWindow& window, const QSplitter& splitter, const QHeaderView& header);
    // False when nothing was saved yet (then the window keeps its default layout).
    static bool restoreLayout(QMainWindow& window, QSplitter& splitter, QHeaderView& header);
};

} // namespace signet
