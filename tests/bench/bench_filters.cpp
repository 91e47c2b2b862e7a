// How long the first page of each list filter takes on a large workspace, next to the `sqlite3`
// command running the same query (the filter's own WHERE, list order, the page's LIMIT) on the same
// file in the same run; and `signet-cli status` with its per-state counts.
//
//   bench_filters --cli PATH/signet-cli [--count N] [--runs R] [--dir DIR] [--skip-migration]
//
// The workspace holds N leaves under one intermediate (BulkFixture: name = CN = DNS SAN of two in
// three, expiry spread over two years), 50 servers with an IP address, 50 clients with an e-mail
// address, and 1,000 revoked leaves; it is built with the real key derivation (signet-cli needs
// it) and kept in DIR for the next run. The filters are read through Workspace::list, as the
// desktop's tree reads them: one page of 256. Each page is checked against the count it must
// have and against the rows sqlite3 returns; no wall-clock threshold is asserted. The migration
// that fills the search table is timed too: the workspace is set back to the schema before it and
// opened again.

#include "../support/BulkFixture.h"
#include "store/CertificateFilterSql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace signet;

namespace {
using Filter = CertificateRepository::Filter;
const QByteArray kPassword = "bench";
constexpr int kPage = 256;
constexpr int kRevoked = 1000;
constexpr int kExtra = 50;

QDateTime buildTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

// The filters are read 200 days later: a quarter of the leaves has expired by then.
QDateTime readTime()
{
    return buildTime().addDays(200);
}

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// This process's CPU time: what a busy machine's wall clock hides.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString leafName(int i)
{
    return QStringLiteral("host%1.bench.example").arg(i, 7, 10, QLatin1Char('0'));
}

int revokedStep(int count)
{
    return std::max(1, count / kRevoked);
}

bool isRevoked(int i, int count)
{
    return i % revokedStep(count) == 5 % revokedStep(count) && i / revokedStep(count) < kRevoked;
}

// The certificates beyond the bulk fixture's leaves, once: IP and e-mail SANs, revocations.
int addExtras(const QString& path, int count)
{
    auto ws = Workspace::open(path, kPassword, fixedClock(buildTime()));
    if (!ws) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    if ((*ws)->find(CertificateRef::typed(QStringLiteral("mail-%1").arg(kExtra - 1))).ok()) {
        return 0;
    }
    for (int k = 0; k < kExtra; ++k) {
        for (const bool server : {true, false}) {
            LeafOptions options;
            options.ca = CertificateRef::typed(QStringLiteral("Bulk Issuing"));
            options.profile = server ? Profile::Server : Profile::Client;
            const QString name = (server ? QStringLiteral("ip-%1.bench.example") : QStringLiteral("mail-%1"))
                                     .arg(k, 2, 10, QLatin1Char('0'));
            options.subject = DistinguishedName::fromCommonName(name);
            if (server) {
                options.dnsNames = {name};
                options.ipAddresses = {QStringLiteral("10.77.0.%1").arg(k)};
            } else {
                options.emails = {QStringLiteral("user%1@mail.bench.example").arg(k, 2, 10, QLatin1Char('0'))};
            }
            if (auto made = (*ws)->issue(options); !made) {
                std::fprintf(stderr, "cannot issue %s: %s\n", qPrintable(name), qPrintable(made.error().toString()));
                return 1;
            }
        }
    }
    for (int i = 0; i < count; ++i) {
        if (isRevoked(i, count)) {
            if (auto r = (*ws)->revoke(CertificateRef::typed(leafName(i)), RevocationReason::KeyCompromise); !r) {
                std::fprintf(stderr, "cannot revoke: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
        }
    }
    return 0;
}

struct Case {
    const char* label;
    Filter filter;
    qint64 expected = -1; // matches in all; -1: whatever sqlite3 finds
};

// The page's query as plain SQL with the values written in: what sqlite3 plans on its own.
QString plainSql(const Filter& filter)
{
    QVariantList bindings;
    const QString where = certificateFilterWhere(SqlDialect(Engine::Sqlite), filter, bindings);
    QString sql;
    qsizetype next = 0;
    for (qsizetype i = 0; i < where.size(); ++i) {
        if (where[i] != QLatin1Char('?')) {
            sql += where[i];
            continue;
        }
        const QVariant& v = bindings.at(next++);
        sql += v.typeId() == QMetaType::QString ? QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'')
                                                : v.toString();
    }
    return QStringLiteral("SELECT id FROM certificates WHERE %1 ORDER BY is_ca DESC, name COLLATE NOCASE, id LIMIT %2;")
        .arg(sql)
        .arg(kPage);
}

struct Anchor {
    double ms = 0;
    double cpu = 0; // user + system
    QList<qint64> ids;
};

// sqlite3 runs the query `runs` times in one process and times each (.timer): the median, and
// the rows of the first run.
std::optional<Anchor> runSqlite(const QString& path, const QString& sql, int runs)
{
    QString script = QStringLiteral(".timer on\n");
    for (int i = 0; i < runs; ++i) {
        script += sql + QLatin1Char('\n');
    }
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return std::nullopt;
    }
    Anchor anchor;
    std::vector<double> times, cpu;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Run Time: real ")) {
            const QList<QByteArray> words = line.mid(15).split(' '); // real R user U sys S
            times.push_back(words.value(0).toDouble() * 1000);
            cpu.push_back((words.value(2).toDouble() + words.value(4).toDouble()) * 1000);
        } else if (!line.isEmpty() && times.empty()) {
            anchor.ids << line.toLongLong();
        }
    }
    anchor.ms = median(times);
    anchor.cpu = median(cpu);
    return anchor;
}

std::vector<Case> cases(int count, const QString& serialPiece)
{
    const auto text = [](const QString& t) {
        Filter f;
        f.text = t;
        return f;
    };
    const auto status = [](CertificateStatus s) {
        Filter f;
        f.status = s;
        return f;
    };
    // Leaf i expires 10 + i % 720 days after the build; the filters read 200 days after it.
    qint64 expired = 0, expiring = 0, valid = 2, revoked = 0; // the two CAs are valid
    for (int i = 0; i < count; ++i) {
        const int days = 10 + i % 720;
        if (isRevoked(i, count)) {
            ++revoked;
        } else if (days <= 200) {
            ++expired;
        } else if (days <= 230) {
            ++expiring;
        } else {
            ++valid;
        }
    }
    valid += 2 * kExtra; // issued for 397 days (servers) and the client default
    // SAN only: "DNS:" is in no name. Servers are the leaves whose number is not a multiple of 3.
    int sanHits = 0;
    for (int i = 12340; i < 12350 && i < count; ++i) {
        sanHits += i % 3 != 0 ? 1 : 0;
    }
    return {
        {"text: a name", text(QStringLiteral("host00123")), count >= 12400 ? 100 : -1},
        {"text: a DNS SAN", text(QStringLiteral("DNS:host001234")), count >= 12350 ? sanHits : -1},
        {"text: an IP address", text(QStringLiteral("10.77.0.1")), 11},
        {"text: an e-mail", text(QStringLiteral("user07@mail")), 1},
        {"text: a serial prefix", text(serialPiece), -1},
        {"text: no match", text(QStringLiteral("nomatch.invalid")), 0},
        {"text: most rows", text(QStringLiteral("bench.example")), -1},
        {"status: valid", status(CertificateStatus::Valid), valid},
        {"status: expiring", status(CertificateStatus::Expiring), expiring},
        {"status: expired", status(CertificateStatus::Expired), expired},
        {"status: revoked", status(CertificateStatus::Revoked), revoked},
    };
}

// Sets the workspace back to the schema before the search table and opens it again, which fills
// the table and the status indexes: how long an upgrade takes at this size (the unlock included).
std::optional<double> timeMigration(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return std::nullopt;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            return std::nullopt;
        }
        const int version = q.value(0).toInt();
        // A workspace made before the search table (e.g. by another build's bench_open_tree
        // --build-only) is timed as it is; one made since is set back first.
        const std::vector<const char*> downgrade = {
            "DROP TRIGGER IF EXISTS certificate_search_insert", "DROP TRIGGER certificate_search_delete",
            "DROP TRIGGER certificate_search_update", "DROP TABLE certificate_search",
            "DROP INDEX certificates_live_list",      "DROP INDEX certificates_live_expiry",
            "DROP INDEX certificates_revoked_list",   "DROP INDEX certificates_superseded_list",
            "DROP INDEX certificates_removed",
            "DROP INDEX certificates_crl", "ALTER TABLE certificates DROP COLUMN revocation_mac"};
        const int searchVersion = test::searchTableVersion();
        for (const char* statement : version < searchVersion ? std::vector<const char*>() : downgrade) {
            if (!q.exec(QString::fromLatin1(statement))) {
                return std::nullopt;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(std::min(version, searchVersion - 1)))) {
            return std::nullopt;
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    const double start = nowMs();
    auto ws = Workspace::open(path, kPassword, fixedClock(readTime()));
    if (!ws) {
        std::fprintf(stderr, "cannot open after the downgrade: %s\n", qPrintable(ws.error().toString()));
        return std::nullopt;
    }
    return nowMs() - start;
}

struct CommandTimes {
    double status = 0;
    double show = 0;
    QString output;
};

std::optional<CommandTimes> timeCommands(const QString& cli, const QString& path, int runs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIGNET_PASSWORD"), QString::fromLatin1(kPassword));
    env.insert(QStringLiteral("SIGNET_NOW"), readTime().toString(Qt::ISODate));
    std::vector<double> status, show;
    CommandTimes out;
    for (int i = 0; i < runs; ++i) {
        for (const bool isStatus : {true, false}) {
            QProcess p;
            p.setProcessEnvironment(env);
            const QStringList args = isStatus ? QStringList{QStringLiteral("--workspace"), path, QStringLiteral("status")}
                                              : QStringList{QStringLiteral("--workspace"), path, QStringLiteral("show"),
                                                            QStringLiteral("Bulk Issuing")};
            const double start = nowMs();
            p.start(cli, args);
            if (!p.waitForFinished(600000) || p.exitCode() != 0) {
                std::fprintf(stderr, "signet-cli %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                             p.readAllStandardError().constData());
                return std::nullopt;
            }
            (isStatus ? status : show).push_back(nowMs() - start);
            if (isStatus) {
                out.output = QString::fromUtf8(p.readAllStandardOutput());
            }
        }
    }
    out.status = median(status);
    out.show = median(show);
    return out;
}

struct Row {
    qint64 matches = 0;
    int page = 0;
    double first = 0;
    double median = 0;
    double cpu = 0;
    double count = 0;
};

std::optional<Row> timeCase(Workspace& ws, const Case& c, int runs, const QList<qint64>& anchorIds)
{
    Filter filter = c.filter;
    filter.now = readTime();
    filter.limit = kPage;
    filter.withDer = false;
    Row row;
    std::vector<double> times, cpu;
    std::vector<CertificateRecord> page;
    for (int i = 0; i < runs; ++i) {
        const double start = nowMs();
        const double startCpu = cpuMs();
        auto rows = ws.list(filter);
        times.push_back(nowMs() - start);
        cpu.push_back(cpuMs() - startCpu);
        if (!rows) {
            std::fprintf(stderr, "%s: %s\n", c.label, qPrintable(rows.error().toString()));
            return std::nullopt;
        }
        page = std::move(rows).value();
    }
    row.first = times.front();
    row.median = median(times);
    row.cpu = median(cpu);
    row.page = static_cast<int>(page.size());
    Filter all = filter;
    all.limit = -1;
    const double start = nowMs();
    auto n = ws.count(all);
    row.count = nowMs() - start;
    if (!n) {
        return std::nullopt;
    }
    row.matches = *n;
    QList<qint64> ids;
    for (const CertificateRecord& r : page) {
        ids << r.id;
    }
    const bool pageRight = c.expected < 0 || (row.matches == c.expected && row.page == std::min<qint64>(kPage, c.expected));
    if (!pageRight || ids != anchorIds) {
        std::fprintf(stderr, "%s: %lld matches, a page of %d (expected %lld); %s the rows sqlite3 returns\n", c.label,
                     static_cast<long long>(row.matches), row.page, static_cast<long long>(c.expected),
                     ids == anchorIds ? "same as" : "NOT");
        return std::nullopt;
    }
    return row;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The signet-cli to time 'status' with."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Leaf certificates."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each query."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work in DIR and keep the workspace there (reused when "
                                                            "it holds one of N)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("skip-migration"), QStringLiteral("Do not set the workspace back and time its "
                                                                       "upgrade (it takes minutes at a million).")});
    parser.process(app);
    const QString cli = parser.value(QStringLiteral("cli"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (cli.isEmpty() || count < kRevoked) {
        std::fprintf(stderr, "usage: bench_filters --cli PATH/signet-cli [--count N >= 1000] [--runs R] [--dir DIR]\n");
        return 2;
    }
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path());
    if (!QDir().mkpath(dir.path())) {
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("filters-%1.signet").arg(count));
    if (!QFile::exists(path)) {
        const double start = nowMs();
        if (Status st = test::buildBulkWorkspace(path, kPassword, count, buildTime(), true); !st) {
            std::fprintf(stderr, "cannot build the workspace: %s\n", qPrintable(st.error().toString()));
            QFile::remove(path);
            return 1;
        }
        std::printf("built a workspace of %d certificates in %.1f s\n", count + 2, (nowMs() - start) / 1000);
    }
    const std::optional<double> migration =
        parser.isSet(QStringLiteral("skip-migration")) ? std::optional<double>(-1) : timeMigration(path);
    if (!migration) {
        std::fprintf(stderr, "cannot time the migration\n");
        return 1;
    }
    if (addExtras(path, count) != 0) {
        return 1;
    }
    auto ws = Workspace::open(path, kPassword, fixedClock(readTime()));
    if (!ws) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    auto probe = (*ws)->find(CertificateRef::typed(leafName(count / 2)));
    if (!probe) {
        return 1;
    }
    QStringList pairs; // "ab:cd:ef:01:23": a serial as it is often copied
    for (int i = 0; i < 10; i += 2) {
        pairs << probe->serial.mid(i, 2).toLower();
    }

    std::printf("first page (%d rows) of each filter at %d leaves; median of %d runs; sqlite3: the same query,\n"
                "its own plan, on the same file (.timer, median); count: all matches through Workspace::count\n",
                kPage, count, runs);
    std::printf("(CPU: the process's user + system time for the same, median)\n");
    std::printf("%-24s %9s %6s %10s %10s %11s %14s %11s %12s %10s\n", "filter", "matches", "page", "Signet ms",
                "first ms", "sqlite3 ms", "sqlite3/Signet", "Signet CPU", "sqlite3 CPU", "count ms");
    for (const Case& c : cases(count, pairs.join(QLatin1Char(':')))) {
        Filter filter = c.filter;
        filter.now = readTime();
        const std::optional<Anchor> anchor = runSqlite(path, plainSql(filter), runs);
        if (!anchor) {
            return 1;
        }
        const std::optional<Row> row = timeCase(**ws, c, runs, anchor->ids);
        if (!row) {
            return 1;
        }
        std::printf("%-24s %9lld %6d %10.2f %10.2f %11.2f %13.1fx %11.2f %12.2f %10.2f\n", c.label,
                    static_cast<long long>(row->matches), row->page, row->median, row->first, anchor->ms,
                    anchor->ms / std::max(row->median, 0.001), row->cpu, anchor->cpu, row->count);
    }
    std::fflush(stdout);
    ws->reset();

    const std::optional<CommandTimes> commands = timeCommands(cli, path, runs);
    if (!commands) {
        return 1;
    }
    const std::vector<Case> all = cases(count, {});
    const QString counts = QStringLiteral("Certificates: %1 valid, %2 expiring within 30 days, %3 expired, %4 revoked")
                               .arg(all[7].expected)
                               .arg(all[8].expected)
                               .arg(all[9].expected)
                               .arg(all[10].expected);
    if (!commands->output.contains(counts)) {
        std::fprintf(stderr, "signet-cli status does not say '%s':\n%s\n", qPrintable(counts),
                     qPrintable(commands->output));
        return 1;
    }
    std::printf("signet-cli status: %.0f ms (median; signet-cli show, open + unlock, %.0f ms)\n", commands->status,
                commands->show);
    std::printf("  %s\n", qPrintable(commands->output.section(QLatin1Char('\n'), 0, 0)));
    if (*migration >= 0) {
        std::printf("migration to the search table and status indexes: %.1f s (open and unlock included)\n",
                    *migration / 1000);
    }
    return 0;
}
