#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // No organization: the default workspace is then ~/.local/share/signet/default.signet.
    QCoreApplication::setApplicationName(QStringLiteral("signet"));
    QCoreApplication::setOrganizationName(QString());
    signet::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
