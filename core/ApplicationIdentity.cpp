#include "ApplicationIdentity.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace signet {

void ApplicationIdentity::apply()
{
    // QSettings keeps organization/application.conf: one "signet" folder, not "Unknown Organization".
    QCoreApplication::setOrganizationName(QStringLiteral("signet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("signetpki.org"));
    QCoreApplication::setApplicationName(QStringLiteral("signet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
}

QString ApplicationIdentity::desktopId()
{
    return QStringLiteral(SIGNET_APP_ID);
}

QString ApplicationIdentity::libraryVersions()
{
    return QStringLiteral("Qt %1, %2").arg(QString::fromLatin1(qVersion()),
                                           QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

} // namespace signet
