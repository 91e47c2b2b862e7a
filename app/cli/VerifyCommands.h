#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// verify: the whole workspace checked — every row's MAC, every certificate against its stored
// fingerprint and private key, every CA's revocation count, and the audit chain against its
// authenticated head. Exit status 0 when intact, 3 when something was changed outside Signet.
class VerifyCommands {
public:
    static constexpr int kAltered = 3;

    explicit VerifyCommands(const CliContext& context) : m_ctx(context) {}

    int verify(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
