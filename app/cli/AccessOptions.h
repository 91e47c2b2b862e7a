#pragma once

#include "export/ServerConfigSpec.h"

#include <optional>

namespace signet {

class CommandLine;

// The options that say whom a server admits, shared by config, kit and check.
class AccessOptions {
public:
    static void addAllow(CommandLine& cl);
    static void addForce(CommandLine& cl);
    // The --allow rules; nullopt after a usage error (reported on `cl`).
    static std::optional<QList<SubjectRule>> rules(CommandLine& cl);
    // Prints who the configuration admits, indented.
    static void printAdmission(const QStringList& sentences);
};

} // namespace signet
