#pragma once

#include <QStringList>

namespace signet {

class CliContext;
class CommandLine;
struct CertificateRecord;

// ca create, issue server, issue client, sign.
class IssueCommands {
public:
    explicit IssueCommands(const CliContext& context) : m_ctx(context) {}

    int caCreate(const QStringList& args);
    int issueServer(const QStringList& args);
    int issueClient(const QStringList& args);
    int sign(const QStringList& args);

private:
    // --key, --days, --name shared by the leaf commands.
    static void addLeafOptions(CommandLine& cl);
    // True when --key is absent or names a key type the core can generate.
    static bool checkKeySpec(CommandLine& cl);
    // "(serial 4A..., expires 2027-12-25)"
    static QString summary(const CertificateRecord& record);

    const CliContext& m_ctx;
};

} // namespace signet
