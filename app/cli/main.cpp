#include "ApplicationIdentity.h"
#include "CliApp.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // Before anything can hold a key: an unlocked workspace must never end up in a core dump.
    signet::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    signet::ApplicationIdentity::apply();
    signet::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
