#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"

#include <QStringList>

#include <optional>

namespace signet {

class CliContext;
class CommandLine;
struct CertificateRecord;
struct LeafOptions;

// ca create, issue server, issue client, sign.
class IssueCommands {
public:
    explicit IssueCommands(const CliContext& context) : m_ctx(context) {}

    int caCreate(const QStringList& args);
    int issueServer(const QStringList& args);
    int issueClient(const QStringList& args);
    int sign(const QStringList& args);

    // "(serial 4A..., expires 2027-12-25)"
    static QString summary(const CertificateRecord& record);
    // --subject as the core reads a DN; empty when not given.
    static Result<DistinguishedName> subjectOption(const CommandLine& cl);
    // --key, once checkKeySpec() let it pass; none when not given.
    static std::optional<KeySpec> keyOption(const CommandLine& cl);
    // True when --key is absent or names a key type the core can generate.
    static bool checkKeySpec(CommandLine& cl);

private:
    // --days, --name and --force, shared by the leaf commands.
    static void addDaysAndName(CommandLine& cl);
    // What issue server and issue client take after their own options: --subject (described by
    // `subjectHelp`), --key, --days and --name.
    static void addLeafOptions(CommandLine& cl, const QString& subjectHelp);
    // Parses issue server / issue client: one CA and, if given, a --key the core can generate.
    [[nodiscard]] static bool parseLeaf(CommandLine& cl, const QStringList& args);
    // --days; 0 when absent, so that the core picks the profile's default, shortened to what the
    // issuing CA has left. nullopt after a usage error.
    static std::optional<int> days(CommandLine& cl);
    // The record's name as it may be printed (Console::escape).
    static QString shownName(const CertificateRecord& record);

    // The rest of issue server / issue client once their own options are in `options`: fills in
    // the CA, --subject, --key, --days and --name, issues, and reports `done` ("... '%1' %2": the
    // name and the summary).
    int issueLeaf(CommandLine& cl, LeafOptions options, const QString& done) const;

    const CliContext& m_ctx;
};

} // namespace signet
