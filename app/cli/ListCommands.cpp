#include "ListCommands.h"

#include "CertificateView.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "Workspace.h"
#include "crypto/Certificate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ListCommands", text);
}

const QStringList kStatuses = {QStringLiteral("valid"), QStringLiteral("expiring"), QStringLiteral("expired"),
                               QStringLiteral("revoked")};
constexpr int kPageSize = 500;
} // namespace

std::optional<QString> ListCommands::issuerName(Workspace& ws, const CertificateRecord& record)
{
    if (CertificateView::issuedItself(record)) {
        return record.name;
    }
    if (!record.issuerId) {
        return std::nullopt; // its issuer is outside the workspace
    }
    const qint64 id = *record.issuerId;
    if (auto it = m_names.constFind(id); it != m_names.constEnd()) {
        return *it;
    }
    auto issuer = ws.findIncludingRemoved(CertificateRef::id(id));
    if (!issuer) {
        return std::nullopt;
    }
    m_names.insert(id, issuer->name);
    return issuer->name;
}

void ListCommands::printTable(const std::vector<CertificateRecord>& records, const QDateTime& now,
                              QList<qsizetype>& widths)
{
    QList<QStringList> rows;
    const bool removed = !records.empty() && records.front().removedAt.isValid();
    if (widths.isEmpty()) {
        rows.append({tr("ID"), tr("NAME"), tr("TYPE"), tr("STATUS"), tr("EXPIRES"), tr("SERIAL")});
        if (removed) {
            rows.front().append(tr("REMOVED"));
        }
    }
    for (const CertificateRecord& r : records) {
        rows.append({QString::number(r.id), Console::escape(r.name), profileName(r.profile), certificateStatusName(r.statusAt(now)),
                     r.notAfter.toUTC().date().toString(Qt::ISODate), r.serial});
        if (removed) {
            rows.back().append(r.removedAt.toUTC().toString(Qt::ISODate));
        }
    }
    // The first page sets the column widths; later pages keep them (a longer name pushes its line
    // only), so that a list of any length streams out without being held.
    if (widths.isEmpty() && !rows.isEmpty()) {
        widths.fill(0, rows.front().size());
        for (const QStringList& row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths.value(i) + 2) : row[i];
        }
        Console::out(line);
    }
}

int ListCommands::list(const QStringList& args)
{
    CommandLine cl(QStringLiteral("list"), tr("List the certificates in the workspace. Reads without the password when none is given "
                                               "(the rows are then not checked, and an altered one is not marked)."));
    cl.addOption({QStringLiteral("ca")}, tr("Only the certificates this CA issued directly."), QStringLiteral("CA"));
    cl.addOption({QStringLiteral("status")}, tr("Only certificates in this state: %1.").arg(kStatuses.join(QLatin1Char('|'))),
                 QStringLiteral("STATUS"), kStatuses);
    cl.addOption({QStringLiteral("removed")},
                 tr("List the removed certificates instead (with when they were removed), for 'restore'."));
    cl.addOption({QStringLiteral("json")}, tr("Print a JSON array (keys documented in the README)."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    CertificateRepository::Filter filter;
    filter.removed = cl.isSet(QStringLiteral("removed"));
    if (cl.isSet(QStringLiteral("status"))) {
        const QString status = cl.value(QStringLiteral("status"));
        if (!kStatuses.contains(status)) {
            return cl.usage(tr("unknown --status '%1' (use %2)").arg(status, kStatuses.join(QLatin1Char('|'))));
        }
        filter.status = certificateStatusFromName(status);
    }
    auto ws = m_ctx.openForReading();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    const QDateTime now = w.now();
    filter.now = now;
    filter.withDer = false;
    if (cl.isSet(QStringLiteral("ca"))) {
        const CertificateRef caRef = CertificateRef::typed(cl.value(QStringLiteral("ca")));
        auto ca = filter.removed ? w.findIncludingRemoved(caRef) : w.find(caRef);
        if (!ca) {
            return Console::fail(ca.error());
        }
        if (!ca->isCa) {
            return Console::fail(tr("'%1' is not a certificate authority").arg(ca->name));
        }
        filter.issuerId = ca->id;
    }
    // Page by page, each printed before the next is read: the memory stays that of one page at
    // any size. JSON is the array QJsonDocument would indent, written element by element.
    const bool json = cl.isSet(QStringLiteral("json"));
    QList<qsizetype> widths;
    bool first = true;
    filter.limit = kPageSize;
    if (json) {
        Console::outRaw("[");
    }
    for (;;) {
        auto page = w.list(filter);
        if (!page) {
            if (json) {
                Console::outRaw("\n");
            }
            return Console::fail(page.error());
        }
        if (json) {
            printJson(w, *page, now, first);
        } else if (!page->empty() || first) {
            printTable(*page, now, widths);
        }
        first = first && page->empty();
        if (page->size() < static_cast<std::size_t>(kPageSize)) {
            break;
        }
        filter.after = CertificateRepository::PageKey::of(page->back());
    }
    if (json) {
        Console::outRaw("\n]\n");
    }
    return Console::kSuccess;
}

void ListCommands::printJson(Workspace& ws, const std::vector<CertificateRecord>& records, const QDateTime& now,
                             bool first)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(records.size()) * 1024);
    for (const CertificateRecord& r : records) {
        JsonText o = CertificateView::summaryText(r, issuerName(ws, r), now);
        if (r.removedAt.isValid()) {
            o.add("removedAt", CertificateView::isoUtc(r.removedAt));
        }
        out += first ? "\n    " : ",\n    ";
        o.appendIndented(out, 1);
        first = false;
    }
    Console::outRaw(out);
}

int ListCommands::show(const QStringList& args)
{
    CommandLine cl(QStringLiteral("show"), tr("Show one certificate: a summary, or JSON, PEM or the full text. Reads without the password "
                                               "when none is given (the row is then not checked)."));
    cl.addPositional(QStringLiteral("CERT"), tr("Name, serial (hex) or id:N of the certificate."));
    cl.addOption({QStringLiteral("json")}, tr("Print a JSON object (the keys of 'list --json' and more)."));
    cl.addOption({QStringLiteral("pem")}, tr("Print the certificate in PEM."));
    cl.addOption({QStringLiteral("text")}, tr("Print every field, as 'openssl x509 -text' does."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CERT")})) {
        return cl.exitCode();
    }
    const int formats = int(cl.isSet(QStringLiteral("json"))) + int(cl.isSet(QStringLiteral("pem")))
                        + int(cl.isSet(QStringLiteral("text")));
    if (formats > 1) {
        return cl.usage(tr("--json, --pem and --text exclude each other"));
    }
    auto ws = m_ctx.openForReading();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    auto record = w.find(CertificateRef::typed(cl.positional().at(0)));
    if (!record) {
        return Console::fail(record.error());
    }
    auto cert = w.certificate(*record);
    if (!cert) {
        return Console::fail(cert.error());
    }
    if (cl.isSet(QStringLiteral("pem"))) {
        Console::outRaw(cert->toPem());
        return Console::kSuccess;
    }
    if (cl.isSet(QStringLiteral("text"))) {
        Console::outRaw(Console::escape(cert->toText(), Console::LineBreaks::Keep).toUtf8());
        return Console::kSuccess;
    }
    const QDateTime now = w.now();
    const std::optional<QString> issuer = issuerName(w, *record);
    if (cl.isSet(QStringLiteral("json"))) {
        auto chain = w.chain(*record);
        if (!chain) {
            return Console::fail(chain.error());
        }
        QStringList names;
        for (const CertificateRecord& link : *chain) {
            names << link.name;
        }
        QJsonObject o = CertificateView::details(*record, *cert, issuer, names, now);
        o.insert(QStringLiteral("authenticated"), w.isAuthenticated());
        JsonOutput::print(o);
        return Console::kSuccess;
    }
    Console::outRaw(CertificateView::humanText(*record, *cert, issuer, now).toUtf8());
    return Console::kSuccess;
}

} // namespace signet
