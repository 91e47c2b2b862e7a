#include "ApplicationIdentity.h"
#include "CliApp.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>

namespace {
QtMessageHandler g_qtHandler = nullptr;

// After a team workspace's server went away, Qt's PostgreSQL driver warns once for each prepared
// statement it can no longer free; the command has said what happened in one line already.
void quietDriver(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1String("Unable to free statement"))
                                 || message.endsWith(QLatin1String(": database not open")))) {
        return;
    }
    g_qtHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a key: an unlocked workspace must never end up in a core dump.
    signet::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    g_qtHandler = qInstallMessageHandler(quietDriver);
    signet::ApplicationIdentity::apply();
    signet::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
