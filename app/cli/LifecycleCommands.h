#pragma once

#include <QStringList>

namespace signet {

class CliContext;
struct RemovalScope;

// remove, restore, rename and release.
class LifecycleCommands {
public:
    explicit LifecycleCommands(const CliContext& context) : m_ctx(context) {}

    int remove(const QStringList& args);
    int restore(const QStringList& args);
    int rename(const QStringList& args);
    int release(const QStringList& args);

private:
    // What the removal takes with it, for the confirmation and the refusal without one.
    static QString describe(const RemovalScope& scope, bool destroyKey);
    // y/N on the terminal; anything but yes is no.
    static bool confirm(const QString& question);

    const CliContext& m_ctx;
};

} // namespace signet
