#pragma once

// Shared by the screenshot programs in tests/shots. They are not tests and CTest does not run them:
// each one shows real windows on an X display and saves the screen with ImageMagick's `import`, for
// a person to look at the layout. Without a folder to write to or an X display they refuse to run.

#include <QApplication>
#include <QTranslator>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace signet::shots {

inline void printUsage(const char* program, const char* problem)
{
    std::fprintf(stderr,
                 "%s: %s\n"
                 "This program takes screenshots for a look at the layout; it checks nothing. Run it as\n"
                 "  SIGNET_SHOTS_DIR=/tmp/shots xvfb-run -a -s \"-screen 0 1280x1024x24\" %s\n",
                 program, problem, program);
}

inline QString shotsDir()
{
    return qEnvironmentVariable("SIGNET_SHOTS_DIR");
}

// Saves `area` of the screen as $SIGNET_SHOTS_DIR/<name>.png, as it is now: an open popup menu stays.
inline void takeScreenArea(const QRect& area, const QString& name)
{
    const QString file = QDir(shotsDir()).filePath(name + QStringLiteral(".png"));
    const int rc = QProcess::execute(QStringLiteral("import"),
                                     {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("-crop"),
                                      QStringLiteral("%1x%2+%3+%4")
                                          .arg(area.width())
                                          .arg(area.height())
                                          .arg(std::max(0, area.x()))
                                          .arg(std::max(0, area.y())),
                                      QStringLiteral("+repage"), file});
    QVERIFY2(rc == 0, qPrintable(QStringLiteral("import could not save %1").arg(file)));
}

// Saves the part of the screen that `window` covers as $SIGNET_SHOTS_DIR/<name>.png.
inline void takeShot(QWidget& window, const QString& name)
{
    window.raise();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(250);
    takeScreenArea(window.frameGeometry(), name);
}

// main() of a screenshot program: runs the QTest object `Shots` when there is somewhere to save to
// and an X display to grab, otherwise prints how to run it and fails.
template <typename Shots>
int run(int argc, char** argv)
{
    if (shotsDir().isEmpty()) {
        printUsage(argv[0], "SIGNET_SHOTS_DIR is not set");
        return 2;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty()) {
        printUsage(argv[0], "ImageMagick's import command is not installed");
        return 2;
    }
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        printUsage(argv[0], "screenshots need an X display (the xcb platform), e.g. from xvfb-run");
        return 2;
    }
    if (!QDir().mkpath(shotsDir())) {
        printUsage(argv[0], "SIGNET_SHOTS_DIR cannot be created");
        return 2;
    }
    // Recent-workspace lists and other settings go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QTranslator translator;
    const QString language = qEnvironmentVariable("SIGNET_SHOTS_LANG", QStringLiteral("en"));
    if (translator.load(QStringLiteral("signet_") + language, QStringLiteral(SIGNET_QM_DIR))) {
        QApplication::installTranslator(&translator);
    }
    Shots shots;
    return QTest::qExec(&shots, argc, argv);
}

} // namespace signet::shots
