#pragma once

#include <QString>

namespace signet {

// bash and zsh completions for signet-cli, made from the command table the program dispatches with,
// so that they offer exactly the commands, options and fixed values that it accepts.
class Completions {
public:
    static QString bash();
    static QString zsh();
};

} // namespace signet
