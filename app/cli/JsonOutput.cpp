#include "JsonOutput.h"

#include "CertificateView.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonText.h"
#include "Workspace.h"
#include "pki/LintFinding.h"

#include <QJsonDocument>

namespace signet {

void JsonOutput::addOption(CommandLine& cl, const QString& description)
{
    cl.addOption({QStringLiteral("json")}, description);
}

void JsonOutput::print(QJsonObject document)
{
    document.insert(QStringLiteral("formatVersion"), kFormatVersion);
    Console::outRaw(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QJsonObject JsonOutput::certificate(Workspace& ws, const CertificateRecord& record)
{
    // As 'list --json' names it: a root is its own issuer.
    std::optional<QString> issuerName;
    if (CertificateView::issuedItself(record)) {
        issuerName = record.name;
    } else if (record.issuerId) {
        if (auto issuer = ws.findIncludingRemoved(CertificateRef::id(*record.issuerId))) {
            issuerName = issuer->name;
        }
    }
    return CertificateView::summary(record, issuerName, ws.now());
}

void JsonOutput::printWithList(QJsonObject document, const char* key, const ListProducer& produce)
{
    document.insert(QStringLiteral("formatVersion"), kFormatVersion);
    QByteArray out = QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.chop(3); // "\n}\n": the list joins the members
    out += ",\n    \"";
    out += key;
    out += "\": [";
    bool first = true;
    produce([&out, &first](const JsonText& element) {
        out += first ? "\n        " : ",\n        ";
        element.appendIndented(out, 2);
        first = false;
        if (out.size() > (1 << 16)) {
            Console::outRaw(out);
            out.clear();
        }
    });
    out += first ? "]\n}\n" : "\n    ]\n}\n";
    Console::outRaw(out);
}

QJsonArray JsonOutput::findings(const QList<LintFinding>& findings)
{
    QJsonArray array;
    for (const LintFinding& finding : findings) {
        array.append(QJsonObject{
            {QStringLiteral("severity"),
             finding.severity == LintFinding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("message"), finding.message},
        });
    }
    return array;
}

} // namespace signet
