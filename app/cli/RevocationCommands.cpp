#include "RevocationCommands.h"

#include "BatchCommands.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "FileArguments.h"
#include "JsonOutput.h"
#include "RevocationService.h"
#include "Workspace.h"
#include "crypto/Crl.h"
#include "export/FileWriter.h"
#include "pki/RevocationReason.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RevocationCommands", text);
}

// A name as it must be typed in a shell (the hint around it is already in single quotes).
QString shellWord(const QString& word)
{
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && !QStringLiteral("-_.:@/+=").contains(c)) {
            QString quoted = word;
            for (const QChar special : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('$'), QLatin1Char('`')}) {
                quoted.replace(special, QLatin1Char('\\') + special);
            }
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return word;
}

QJsonArray deploymentsJson(const QList<DeploymentRefresh>& refreshed)
{
    QJsonArray array;
    for (const DeploymentRefresh& refresh : refreshed) {
        const DeploymentRecord& record = refresh.deployment.record;
        array.append(QJsonObject{{QStringLiteral("kind"), record.kind},
                                 {QStringLiteral("directory"), record.directory},
                                 {QStringLiteral("crlFile"), record.crlFile},
                                 {QStringLiteral("reload"), refresh.deployment.reloadCommand},
                                 {QStringLiteral("error"), refresh.error.isEmpty() ? QJsonValue() : refresh.error}});
    }
    return array;
}
} // namespace

int RevocationCommands::revoke(const QStringList& args)
{
    const QStringList reasons = revocationReasonNames();
    CommandLine cl(QStringLiteral("revoke"),
                   tr("Revoke a certificate. It is listed on its CA's next CRL: publish one with 'signet-cli crl' "
                      "and reload the servers that use it."));
    cl.addPositional(QStringLiteral("CERT"), tr("Name, serial (hex) or id:N of the certificate."));
    cl.addOption({QStringLiteral("reason")}, tr("Why (default unspecified): %1.").arg(reasons.join(QLatin1Char('|'))),
                 QStringLiteral("REASON"), reasons);
    cl.addOption({QStringLiteral("batch")},
                 tr("Revoke every certificate of a list instead (one name, serial or id:N per line; - for standard "
                    "input; blank lines and '#' comments skipped), each line reported with its number."),
                 QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("atomic")}, tr("With --batch: all or nothing, when any line fails nothing is revoked."));
    JsonOutput::addOption(cl, tr("Print the revoked certificate (as 'list --json' shows it) as JSON; with --batch, one "
                                 "JSON object per line of the list (line, status, name, serial, error)."));
    if (!cl.parse(args)) {
        return cl.exitCode();
    }
    const bool batch = cl.isSet(QStringLiteral("batch"));
    if (!cl.expectPositional(batch ? QStringList() : QStringList{QStringLiteral("CERT")})) {
        return cl.exitCode();
    }
    RevocationReason reason = RevocationReason::Unspecified;
    if (cl.isSet(QStringLiteral("reason"))) {
        const QString name = cl.value(QStringLiteral("reason"));
        const auto known = revocationReasonFromName(name);
        if (!known) {
            return cl.usage(tr("unknown --reason '%1' (use %2)").arg(name, reasons.join(QLatin1Char('|'))));
        }
        reason = *known;
    }
    if (batch) {
        return BatchCommands(m_ctx).revokeBatch(cl, cl.value(QStringLiteral("batch")));
    }
    if (cl.isSet(QStringLiteral("atomic"))) {
        return cl.usage(tr("--atomic goes with --batch"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    auto record = w.revoke(CertificateRef::typed(cl.positional().at(0)), reason);
    if (!record) {
        return Console::fail(record.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("certificate"), JsonOutput::certificate(w, *record)}});
        return Console::kSuccess;
    }
    Console::out(tr("revoked '%1' (serial %2, reason %3)")
                     .arg(Console::escape(record->name), record->serial, revocationReasonName(record->revocationReason)));
    if (record->issuerId && *record->issuerId != record->id) {
        if (auto issuer = w.find(CertificateRef::id(*record->issuerId))) {
            Console::out(tr("run 'signet-cli crl %1 --bundle --out FILE' and reload your servers")
                             .arg(shellWord(issuer->name)));
        }
    }
    return Console::kSuccess;
}

int RevocationCommands::reportDeployments(const QList<DeploymentRefresh>& refreshed, bool toStdout)
{
    const auto say = [toStdout](const QString& line) { toStdout ? Console::out(line) : Console::err(line); };
    int failed = 0;
    for (const DeploymentRefresh& refresh : refreshed) {
        const DeploymentRecord& record = refresh.deployment.record;
        if (!refresh.error.isEmpty()) {
            Console::err(tr("signet-cli: could not refresh the %1 deployment in %2: %3")
                             .arg(record.kind, record.directory, refresh.error));
            ++failed;
            continue;
        }
        say(tr("refreshed %1 (%2 in %3); reload: %4")
                .arg(record.crlFile, record.kind, record.directory, refresh.deployment.reloadCommand));
    }
    return failed == 0 ? Console::kSuccess : Console::kFailure;
}

int RevocationCommands::crl(const QStringList& args)
{
    CommandLine cl(QStringLiteral("crl"),
                   tr("Publish a new CRL for a CA (the next CRL number, listing every certificate it revoked) and "
                      "write it to --out, or PEM to standard output. The CRL file of every recorded deployment "
                      "that covers the CA (see 'deployments') is rewritten too; reload those servers."));
    cl.addPositional(QStringLiteral("CA"), tr("The CA whose CRL to publish."));
    cl.addOption({QStringLiteral("days")},
                 tr("Days until the CRL's nextUpdate (default %1). Servers reject every client once it passes.")
                     .arg(RevocationService::kDefaultCrlDays),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("out")}, tr("The file to write (default and -: standard output)."),
                 QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Replace the --out file if it exists."));
    cl.addOption({QStringLiteral("der")}, tr("Write DER instead of PEM (not to a terminal)."));
    cl.addOption({QStringLiteral("bundle")},
                 tr("Write a current CRL of this CA, of every CA above it and of every CA below it, as the "
                    "client-crl.pem of a configuration for this CA: what nginx's ssl_crl, Apache's "
                    "SSLCARevocationFile, HAProxy's crl-file and Node need (PEM)."));
    JsonOutput::addOption(cl, tr("Print what was published and which deployments were refreshed as JSON (needs --out "
                                 "FILE)."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA")})) {
        return cl.exitCode();
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 3650, RevocationService::kDefaultCrlDays);
    if (!days) {
        return cl.exitCode();
    }
    const bool der = cl.isSet(QStringLiteral("der"));
    const QString out = cl.isSet(QStringLiteral("out")) ? cl.value(QStringLiteral("out")) : QStringLiteral("-");
    const bool toStdout = FileArguments::isStandardStream(out);
    const bool bundle = cl.isSet(QStringLiteral("bundle"));
    const bool json = cl.isSet(QStringLiteral("json"));
    if (json && toStdout) {
        return cl.usage(tr("--json needs --out FILE: standard output carries the CRL"));
    }
    if (der && bundle) {
        return cl.usage(tr("a CRL bundle is PEM: --der and --bundle do not go together"));
    }
    if (Status st = FileArguments::checkOutput(out, cl.isSet(QStringLiteral("force")), der); !st) {
        return Console::fail(st.error());
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const QString caRef = cl.positional().at(0);
    const CrlEncoding encoding = bundle ? CrlEncoding::ScopeBundle : der ? CrlEncoding::Der : CrlEncoding::Pem;
    auto published = (*ws)->publishCrl(CertificateRef::typed(caRef), *days, encoding);
    if (!published) {
        return Console::fail(published.error());
    }
    const CrlRecord* record = &published->crl;
    // Named by what the reference resolved to, which is what was published.
    QString caName = caRef;
    QString caSerial;
    if (auto ca = (*ws)->find(CertificateRef::id(record->caId))) {
        caName = ca->name;
        caSerial = ca->serial;
    }
    const QByteArray& data = published->encoded;
    if (Status st = FileArguments::write(out, data, FileAccess::Public); !st) {
        return Console::fail(st.error());
    }
    if (json) {
        JsonOutput::print(
            {{QStringLiteral("crl"),
              QJsonObject{{QStringLiteral("ca"), caName},
                          {QStringLiteral("caSerial"), caSerial},
                          {QStringLiteral("number"), record->number},
                          {QStringLiteral("thisUpdate"), record->thisUpdate.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("nextUpdate"), record->nextUpdate.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("file"), out},
                          {QStringLiteral("encoding"), bundle ? QStringLiteral("pem-bundle")
                                                       : der  ? QStringLiteral("der")
                                                              : QStringLiteral("pem")}}},
             {QStringLiteral("deployments"), deploymentsJson(published->deployments)}});
        const bool refreshed = std::all_of(published->deployments.cbegin(), published->deployments.cend(),
                                           [](const DeploymentRefresh& r) { return r.error.isEmpty(); });
        return refreshed ? Console::kSuccess : Console::kFailure;
    }
    if (!toStdout) {
        Console::out(tr("published CRL number %1 of '%2' (serial %3, next update %4) to %5")
                         .arg(QString::number(record->number), Console::escape(caName), caSerial,
                              record->nextUpdate.toUTC().toString(Qt::ISODate), Console::escape(out)));
    }
    // Standard output may carry the CRL itself: the deployments are reported beside it.
    return reportDeployments(published->deployments, !toStdout);
}

} // namespace signet
