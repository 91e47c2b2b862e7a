#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace signet {

class CommandLine;
class JsonText;
class Workspace;
struct CertificateRecord;
struct LintFinding;

// What --json prints, for every command that has it: one JSON object on standard output whose
// "formatVersion" names the documented shape (the README's "Automation" section). A version only
// grows keys; removing or changing one makes the next version. Errors stay one line on stderr with
// the exit status, as without --json.
class JsonOutput {
public:
    static constexpr int kFormatVersion = 1;

    static void addOption(CommandLine& cl, const QString& description);
    // Prints `document` with "formatVersion" added, indented, ending in a newline.
    static void print(QJsonObject document);
    // The same, with a last member `key`: a list whose elements `produce` hands over one at a time,
    // each written out soon after, so that a list of a million never sits in memory.
    using ListProducer = std::function<void(const std::function<void(const JsonText&)>& add)>;
    static void printWithList(QJsonObject document, const char* key, const ListProducer& produce);

    // A certificate as 'list --json' shows it, its issuer named from the workspace.
    static QJsonObject certificate(Workspace& ws, const CertificateRecord& record);
    // {"severity": "error"|"warning", "rule", "message"} for each finding.
    static QJsonArray findings(const QList<LintFinding>& findings);
};

} // namespace signet
