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
const QString kExpanded = QStringLiteral("window/expandedCas"); // workspace path -> CA ids
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

std::optional<QList<qint64>> WindowSettings::expandedCas(const QString& path)
{
    const QVariantMap all = QSettings().value(kExpanded).toMap();
    const auto it = all.constFind(path);
    if (it == all.constEnd()) {
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const QVariant& id : it->toList()) {
        ids << id.toLongLong();
    }
    return ids;
}

void WindowSettings::saveExpandedCas(const QString& path, const QList<qint64>& ids)
{
    QSettings settings;
    QVariantMap all = settings.value(kExpanded).toMap();
    QVariantList list;
    for (qint64 id : ids) {
        list << id;
    }
    all.insert(path, list);
    // Only for the workspaces in the recent list, so that the file does not grow without end.
    const QStringList recent = settings.value(kRecent).toStringList();
    for (auto it = all.begin(); it != all.end();) {
        it = recent.contains(it.key()) || it.key() == path ? std::next(it) : all.erase(it);
    }
    settings.setValue(kExpanded, all);
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
