#pragma once

#include <QIcon>

namespace signet {

// Signet's icons: the application's, and the toolbar actions'. An action takes the desktop theme's
// icon when the theme has all of them, so that the toolbar matches the desktop without mixing two
// styles; otherwise Signet's own set.
class Icons {
public:
    enum class Action { NewCa, NewServer, NewClient, SignRequest, Export, ServerConfig, Revoke, PublishCrl, Import };

    static QIcon application();
    static QIcon action(Action action);
};

} // namespace signet
