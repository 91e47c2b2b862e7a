#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("signet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Signet"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    // The user's language, else English, whose file only holds plural forms ("1 day", "2 days").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("signet"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("signet_en"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Certificate authority for private PKI and mutual TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "Workspace to open (default: %1).")
                                     .arg(signet::Workspace::defaultPath()),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QString path = parser.positionalArguments().value(0, signet::Workspace::defaultPath());

    signet::MainWindow window;
    window.setDefaultPath(path);
    window.show();
    // The first run shows the welcome page; an existing workspace asks its password at once.
    if (signet::Workspace::exists(path)) {
        QTimer::singleShot(0, &window, [&window, path] { window.openWorkspacePath(path); });
    }
    return QApplication::exec();
}
