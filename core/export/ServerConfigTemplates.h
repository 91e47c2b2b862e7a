#pragma once

#include "Result.h"
#include "export/ServerConfigSpec.h"

namespace signet {

// The configuration text for the spec's server kind, rendered in one pass. An Error when a path,
// name or DN holds something that server's syntax cannot carry.
Result<QString> renderServerConfig(const ServerConfigSpec& spec);
// The curl line that checks the setup.
QString renderTestCommand(const ServerConfigSpec& spec);
QString renderReadme(const ServerConfigSpec& spec);
// Who the configuration admits, in the words its header uses (one sentence per line).
QStringList admissionSentences(const ServerConfigSpec& spec);
// How to check and reload that server after its files changed.
QString reloadCommand(ServerKind kind);

} // namespace signet
