#pragma once

#include <QString>

namespace signet {

// The names Qt files Signet's settings and data under, the same for the desktop application and
// signet-cli: settings in $XDG_CONFIG_HOME/signet/signet.conf, workspaces in $XDG_DATA_HOME/signet/.
class ApplicationIdentity {
public:
    // Sets the organization and application name, domain and version on the running application.
    static void apply();
    // The desktop application's id: its .desktop file, AppStream component and icon name.
    static QString desktopId();
    // The libraries this build runs on, as an About box names them: "Qt 6.4.2, OpenSSL 3.0.19 ...".
    static QString libraryVersions();
};

} // namespace signet
