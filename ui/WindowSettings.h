#pragma once

#include <QList>
#include <QStringList>

#include <optional>

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace signet {

// What the desktop application remembers between runs (QSettings: $XDG_CONFIG_HOME/signet/signet.conf):
// the window's geometry and layout, the workspaces opened last and which of their CAs were expanded.
// Never a password or a key.
class WindowSettings {
public:
    static QStringList recentWorkspaces();
    // The workspace opened last, if it still exists.
    static QString lastWorkspace();
    // Puts `path` first in the recent list and remembers it as the last workspace.
    static void rememberWorkspace(const QString& path);

    // The CAs expanded in the certificate tree of the workspace at `path`, by id; nullopt when
    // nothing was saved for it yet (its first start here).
    static std::optional<QList<qint64>> expandedCas(const QString& path);
    static void saveExpandedCas(const QString& path, const QList<qint64>& ids);

    static void saveLayout(const QMainWindow& window, const QSplitter& splitter, const QHeaderView& header);
    // False when nothing was saved yet (then the window keeps its default layout).
    static bool restoreLayout(QMainWindow& window, QSplitter& splitter, QHeaderView& header);
};

} // namespace signet
