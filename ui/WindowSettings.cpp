#include "WindowSettings.h"

#include "Workspace.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace signet {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecent = QStringLiteral("recentWorkspaces");
const QString kLast = QStringLiteral("lastWorkspace");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kColumns = QStringLiteral("window/treeColumns");
} // namespace

QStringList WindowSettings::recentWorkspaces()
{
    return QSettings().value(kRecent).toStringList();
}

QString WindowSettings::lastWorkspace()
{
    const QString last = QSettings().value(kLast).toString();
    return Workspace::exists(last) ? last : QString();
}

void WindowSettings::rememberWorkspace(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecent).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecent, recent);
    settings.setValue(kLast, path);
}

void WindowSettings::saveLayout(const QMainWindow& window, const QSplitter& splitter, const QHeaderView& header)
{
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState());
    settings.setValue(kSplitter, splitter.saveState());
    settings.setValue(kColumns, header.saveState());
}

bool WindowSettings::restoreLayout(QMainWindow& window, QSplitter& splitter, QHeaderView& header)
{
    const QSettings settings;
    if (!settings.contains(kGeometry)) {
        return false;
    }
    window.restoreGeometry(settings.value(kGeometry).toByteArray());
    window.restoreState(settings.value(kState).toByteArray());
    splitter.restoreState(settings.value(kSplitter).toByteArray());
    header.restoreState(settings.value(kColumns).toByteArray());
    return true;
}

} // namespace signet
