#include "ApplicationIdentity.h"
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    signet::ApplicationIdentity::apply();
    signet::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
