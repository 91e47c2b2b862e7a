#include "CheckCommands.h"

#include "AccessOptions.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CheckCommands", text);
}

QString revocationLine(const HandshakeReport& report)
{
    if (report.crlCheckAll) {
        return tr("revocation: checked against a CRL for every CA in the chain");
    }
    if (report.crlChecked) {
        return tr("revocation: checked for the client certificate only (not every CA above it has a CRL)");
    }
    return tr("revocation: not checked (no CRL published for the client's CA)");
}
QJsonObject reportJson(const HandshakeReport& report, const QString& serverRef, const QString& clientRef)
{
    QJsonArray outcomes;
    for (const HandshakeOutcome& outcome : report.outcomes) {
        QJsonObject o{{QStringLiteral("protocol"), outcome.protocol}, {QStringLiteral("ok"), outcome.ok}};
        if (outcome.ok) {
            o.insert(QStringLiteral("cipher"), outcome.cipher);
        } else {
            o.insert(QStringLiteral("refusedBy"), outcome.refusedBy == HandshakeSide::Server   ? QStringLiteral("server")
                                                  : outcome.refusedBy == HandshakeSide::Client ? QStringLiteral("client")
                                                                                              : QStringLiteral("none"));
            o.insert(QStringLiteral("reason"), outcome.reason);
            o.insert(QStringLiteral("serverVerify"), outcome.serverVerify);
            o.insert(QStringLiteral("clientVerify"), outcome.clientVerify);
            o.insert(QStringLiteral("alert"), outcome.alert);
        }
        outcomes.append(o);
    }
    return {{QStringLiteral("server"), serverRef},
            {QStringLiteral("client"), clientRef},
            {QStringLiteral("host"), report.hostname},
            {QStringLiteral("clientCa"), report.clientCaName},
            {QStringLiteral("revocation"), report.crlCheckAll ? QStringLiteral("chain")
                                           : report.crlChecked ? QStringLiteral("leaf")
                                                               : QStringLiteral("none")},
            {QStringLiteral("ok"), report.allOk()},
            {QStringLiteral("handshakes"), outcomes}};
}
} // namespace

int CheckCommands::check(const QStringList& args)
{
    CommandLine cl(QStringLiteral("check"),
                   tr("Run real TLS 1.3 and TLS 1.2 handshakes in memory between a server certificate and a client "
                      "certificate, with the server set up as 'config' and 'kit' set up nginx, Apache and HAProxy: "
                      "client certificate required, verified against the client CA chain and its CRLs, then "
                      "admitted only when issued by the client CA or a CA below it (and, with --allow, when the "
                      "subject matches), as the servers answer 403 otherwise. The client verifies the server "
                      "against its root and host name. Exit status 0 when both succeed."));
    cl.addPositional(QStringLiteral("SERVER_CERT"), tr("The server certificate (its key must be in the workspace)."));
    cl.addPositional(QStringLiteral("CLIENT_CERT"), tr("The client certificate (its key must be in the workspace)."));
    cl.addOption({QStringLiteral("client-ca")},
                 tr("The CA the server admits client certificates from, with the CAs below it (default: the CA "
                    "that issued SERVER_CERT)."),
                 QStringLiteral("CA"));
    cl.addOption({QStringLiteral("host")},
                 tr("The host name the client connects to (default: the server certificate's first DNS name)."),
                 QStringLiteral("NAME"));
    AccessOptions::addAllow(cl);
    JsonOutput::addOption(cl, tr("Print each handshake's outcome as JSON (exit status as without)."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("SERVER_CERT"), QStringLiteral("CLIENT_CERT")})) {
        return cl.exitCode();
    }
    const auto rules = AccessOptions::rules(cl);
    if (!rules) {
        return cl.exitCode();
    }
    HandshakeCheckOptions options;
    options.rules = *rules;
    options.clientCa = CertificateRef::typed(cl.value(QStringLiteral("client-ca")));
    options.hostname = cl.value(QStringLiteral("host"));
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const QString serverRef = cl.positional().at(0);
    const QString clientRef = cl.positional().at(1);
    auto report = (*ws)->checkHandshake(CertificateRef::typed(serverRef), CertificateRef::typed(clientRef), options);
    if (!report) {
        return Console::fail(report.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print(reportJson(*report, serverRef, clientRef));
        return report->allOk() ? Console::kSuccess : Console::kFailure;
    }
    Console::out(tr("server '%1' as %2, accepting clients of '%3'; client '%4'")
                     .arg(serverRef, report->hostname, report->clientCaName, clientRef));
    Console::out(revocationLine(*report));
    QStringList failed;
    for (const HandshakeOutcome& outcome : report->outcomes) {
        if (outcome.ok) {
            Console::out(tr("%1: ok (%2)").arg(outcome.protocol, outcome.cipher));
            continue;
        }
        failed << outcome.protocol;
        Console::out(tr("%1: refused by %2: %3")
                         .arg(outcome.protocol, HandshakeCheck::sideName(outcome.refusedBy), outcome.reason));
        Console::out(tr("  the server's verdict on the client certificate: %1").arg(outcome.serverVerify));
        Console::out(tr("  the client's verdict on the server certificate: %1").arg(outcome.clientVerify));
        if (!outcome.alert.isEmpty()) {
            Console::out(tr("  alert: %1").arg(outcome.alert));
        }
    }
    if (!failed.isEmpty()) {
        return Console::fail(tr("the handshake failed with %1").arg(failed.join(tr(" and "))));
    }
    return Console::kSuccess;
}

} // namespace signet
