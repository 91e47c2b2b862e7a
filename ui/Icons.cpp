#include "Icons.h"

#include <QStringList>

#include <array>

namespace signet {

namespace {
struct ActionIcon {
    Icons::Action action;
    const char* bundled; // under :/icons/actions/
    const char* theme;   // freedesktop / KDE theme name
};

constexpr std::array<ActionIcon, 9> kActionIcons{{
    {Icons::Action::NewCa, "new-ca", "security-high"},
    {Icons::Action::NewServer, "new-server", "network-server"},
    {Icons::Action::NewClient, "new-client", "user-identity"},
    {Icons::Action::SignRequest, "sign-csr", "document-sign"},
    {Icons::Action::Export, "export", "document-export"},
    {Icons::Action::ServerConfig, "server-config", "document-properties"},
    {Icons::Action::Revoke, "revoke", "security-low"},
    {Icons::Action::PublishCrl, "publish-crl", "document-send"},
    {Icons::Action::Import, "import", "document-import"},
}};

// Whether the desktop theme supplies every action icon (then they all come from it).
bool themeComplete()
{
    for (const ActionIcon& icon : kActionIcons) {
        if (!QIcon::hasThemeIcon(QLatin1String(icon.theme))) {
            return false;
        }
    }
    return true;
}
} // namespace

QIcon Icons::application()
{
    return QIcon::fromTheme(QStringLiteral(SIGNET_APP_ID), QIcon(QStringLiteral(":/icons/app/signet.svg")));
}

QIcon Icons::action(Action action)
{
    for (const ActionIcon& icon : kActionIcons) {
        if (icon.action == action) {
            if (themeComplete()) {
                return QIcon::fromTheme(QLatin1String(icon.theme));
            }
            return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(icon.bundled)));
        }
    }
    return {};
}

} // namespace signet
