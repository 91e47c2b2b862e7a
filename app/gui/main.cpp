#include "ApplicationIdentity.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "crypto/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {
// --help and --version are answered without a display, which QApplication cannot start without.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

// A display to show the window on, or a platform chosen with QT_QPA_PLATFORM or -platform.
bool hasDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0) {
            return true;
        }
    }
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Qt's own strings in the user's language, and Signet's (else English, whose file only holds
// plural forms such as "1 day" / "2 days").
void installTranslators(QCoreApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("signet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        // The system locale takes its language from LANGUAGE but formats dates as LC_TIME or LANG
        // say: German words came with "11/24/36". The application's locale follows the translation
        // (in the system's country when that speaks the same language), so QLocale() dates match.
        const QLocale words(translator->language());
        const QLocale system;
        if (words.language() != QLocale::English) {
            QLocale::setDefault(system.language() == words.language() ? QLocale(system.language(), system.territory())
                                                                      : words);
        }
    } else if (translator->load(QStringLiteral("signet_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

// Parses the command line; --help and --version print and exit here.
QStringList parseArguments(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Certificate authority for private PKI and mutual TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main",
                                    "A workspace to open (default: the last one, else "
                                    "$XDG_DATA_HOME/signet/default.signet), or certificates, requests, PKCS#7 "
                                    "and PKCS#12 files to import into it."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    return parser.positionalArguments();
}
} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a key: an unlocked workspace must never end up in a core dump.
    signet::ProcessHardening::disableCoreDumps();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        signet::ApplicationIdentity::apply();
        installTranslators(app);
        parseArguments(app);
        return 0;
    }
    if (!hasDisplay(argc, argv)) {
        std::fputs("signet: no graphical display (DISPLAY or WAYLAND_DISPLAY is not set); "
                   "signet-cli works without one\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    signet::ApplicationIdentity::apply();
    QGuiApplication::setDesktopFileName(signet::ApplicationIdentity::desktopId());
    QApplication::setWindowIcon(signet::Icons::application());
    installTranslators(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Signet"));
    const QStringList files = parseArguments(app);

    signet::MainWindow window;
    window.setDefaultPath(signet::Workspace::defaultPath());
    window.show();
    // With no file, the last workspace (else the default one) asks its password at once; the
    // first run shows the welcome page.
    QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    return QApplication::exec();
}
