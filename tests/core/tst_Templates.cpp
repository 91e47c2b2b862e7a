// Issuance templates and subject defaults: the shipped templates, validation with the core's name
// rules, the precedence of chosen values over template over CA defaults over workspace defaults,
// authenticated rows, and issuing with a template end to end.

#include "TestEngine.h"
#include "IssuancePreset.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

QDateTime t0()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

SubjectDefaults subject(const QString& o, const QString& c = {}, const QString& ou = {})
{
    SubjectDefaults d;
    d.organization = o;
    d.country = c;
    d.organizationalUnit = ou;
    return d;
}
} // namespace

class tst_Templates : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;

    Clock clock()
    {
        return [] { return t0(); };
    }
    // A new workspace with a root CA "Root".
    bool fresh()
    {
        m_ws.reset();
        m_path = m_dir.filePath(QStringLiteral("w%1.signet").arg(++m_files));
        auto ws = Workspace::create(test::workspaceAt(m_path), kPassword, clock(), kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return false;
        }
        m_ws = std::move(ws).value();
        CaOptions ca;
        ca.name = QStringLiteral("Root");
        ca.subject = test::dn(QStringLiteral("CN=Test Root"));
        auto root = m_ws->createCa(ca);
        if (!root) {
            qWarning() << root.error().toString();
        }
        return root.ok();
    }
    bool reopen()
    {
        m_ws.reset();
        auto ws = Workspace::open(test::workspaceAt(m_path), kPassword, clock());
        if (ws) {
            m_ws = std::move(ws).value();
        }
        return ws.ok();
    }
    void tamper(const QString& sql)
    {
        m_ws.reset();
        auto db = Database::open(test::workspaceAt(m_path), false);
        QVERIFY(db);
        QVERIFY((*db)->exec(sql));
    }
    qint64 auditCount()
    {
        auto entries = m_ws->recentAudit(1000);
        return entries ? entries->size() : -1;
    }

private slots:
    void builtInsAreListedAndReserved()
    {
        QVERIFY(fresh());
        auto all = m_ws->templates();
        QVERIFY(all);
        QStringList names;
        for (const IssuanceTemplate& t : *all) {
            QVERIFY(t.builtIn);
            QVERIFY(t.validated().ok());
            names << t.name;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("web-server"), QStringLiteral("vpn-client"),
                                     QStringLiteral("internal-service")}));
        const qint64 before = auditCount();
        Status removed = m_ws->deleteTemplate(QStringLiteral("Web-Server"));
        QVERIFY(!removed);
        QVERIFY(removed.error().message.contains(QStringLiteral("cannot be deleted")));
        IssuanceTemplate clash{QStringLiteral("VPN-client"), Profile::Client};
        auto created = m_ws->createTemplate(clash);
        QVERIFY(!created);
        QVERIFY(created.error().message.contains(QStringLiteral("comes with Signet")));
        QCOMPARE(auditCount(), before);
    }

    void createFindDeleteAcrossReopen()
    {
        QVERIFY(fresh());
        IssuanceTemplate t{QStringLiteral("db-server"), Profile::Server, test::keySpec(QStringLiteral("RSA:3072")), 200};
        t.subject = subject(QStringLiteral(" Acme "), QStringLiteral("de"));
        t.dnsPatterns = {QStringLiteral("{cn}.DB.example")};
        const qint64 before = auditCount();
        auto created = m_ws->createTemplate(t);
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        QCOMPARE(created->key->name(), QStringLiteral("rsa:3072"));
        QCOMPARE(created->subject.country, QStringLiteral("DE"));
        QCOMPARE(created->subject.organization, QStringLiteral("Acme"));
        QCOMPARE(created->dnsPatterns, QStringList{QStringLiteral("{cn}.db.example")});
        QCOMPARE(auditCount(), before + 1);
        QVERIFY(!m_ws->createTemplate(t)); // the name is taken
        QVERIFY(reopen());
        auto found = m_ws->findTemplate(QStringLiteral("DB-SERVER"));
        QVERIFY(found);
        QCOMPARE(found->profile, Profile::Server);
        QCOMPARE(found->days, 200);
        QVERIFY(!found->builtIn);
        QCOMPARE(m_ws->templates()->size(), 4);
        QVERIFY(m_ws->deleteTemplate(QStringLiteral("db-server")));
        QVERIFY(!m_ws->findTemplate(QStringLiteral("db-server")));
        QVERIFY(!m_ws->deleteTemplate(QStringLiteral("db-server")));
    }

    void fieldsAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("profile");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");
        const int server = int(Profile::Server);
        QTest::newRow("empty name") << "" << server << "" << 0 << "" << "" << "must not be empty";
        QTest::newRow("control character") << "a\nb" << server << "" << 0 << "" << "" << "control";
        QTest::newRow("long name") << QString(65, QLatin1Char('x')) << server << "" << 0 << "" << "" << "at most 64";
        QTest::newRow("imported") << "x" << int(Profile::Imported) << "" << 0 << "" << "" << "profile";
        QTest::newRow("ed25519 server") << "x" << server << "ed25519" << 0 << "" << "" << "not offered";
        QTest::newRow("days") << "x" << server << "" << 40000 << "" << "" << "36500";
        QTest::newRow("country") << "x" << server << "" << 0 << "Spain" << "" << "two-letter";
        QTest::newRow("placeholder") << "x" << server << "" << 0 << "" << "{host}.example" << "other than {cn}";
        QTest::newRow("bad pattern") << "x" << server << "" << 0 << "" << "{cn}..example" << "not a DNS name";
        QTest::newRow("ca pattern") << "x" << int(Profile::RootCa) << "" << 0 << "" << "{cn}.example" << "not for CAs";
    }
    void fieldsAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(int, profile);
        QFETCH(QString, key);
        QFETCH(int, days);
        QFETCH(QString, country);
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        if (!m_ws) {
            QVERIFY(fresh());
        }
        IssuanceTemplate t{name, Profile(profile), key.isEmpty() ? std::nullopt : std::optional(test::keySpec(key)), days};
        t.subject.country = country;
        if (!pattern.isEmpty()) {
            t.dnsPatterns << pattern;
        }
        const qint64 before = auditCount();
        auto created = m_ws->createTemplate(t);
        QVERIFY(!created);
        QVERIFY2(created.error().toString().contains(message), qPrintable(created.error().toString()));
        QCOMPARE(m_ws->templates()->size(), 3);
        QCOMPARE(auditCount(), before);
    }

    void storedBodyIsBoundedAndChecked()
    {
        QVERIFY(!IssuanceTemplate::fromJson(QStringLiteral("x"), QByteArray(IssuanceTemplate::kMaxBodyBytes + 1, ' ')));
        QVERIFY(!IssuanceTemplate::fromJson(QStringLiteral("x"), "[]"));
        QVERIFY(!IssuanceTemplate::fromJson(QStringLiteral("x"), R"({"profile":"server","subject":{"CN":"x"}})"));
        QVERIFY(!IssuanceTemplate::fromJson(QStringLiteral("x"), R"({"profile":"server","days":"many"})"));
        QVERIFY(!IssuanceTemplate::fromJson(QStringLiteral("x"), R"({"profile":"server","key":"dsa:1024"})"));
        QVERIFY(IssuanceTemplate::fromJson(QStringLiteral("x"), R"({"profile":"client","days":30})"));
        QVERIFY(!SubjectDefaults::fromJson(R"({"emailDomain":"not a domain"})"));
    }

    void precedence()
    {
        // Workspace O and C, the CA's O and OU, the template's OU, the chosen O.
        IssuancePreset preset;
        preset.subject = subject(QStringLiteral("Workspace"), QStringLiteral("DE"))
                             .overriddenBy(subject(QStringLiteral("CA org"), {}, QStringLiteral("CA unit")));
        IssuanceTemplate t{QStringLiteral("t"), Profile::ServerClient, test::keySpec(QStringLiteral("rsa:2048")), 90};
        t.subject.organizationalUnit = QStringLiteral("Template unit");
        t.subject.emailDomain = QStringLiteral("example.org");
        t.dnsPatterns = {QStringLiteral("{cn}.internal")};
        preset.tmpl = t;

        LeafOptions options;
        options.profile = Profile::Client;
        options.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        options.emails = {QStringLiteral("alice"), QStringLiteral("bob@other.example")};
        auto applied = applyPreset(options, preset);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
        QCOMPARE(applied->profile, Profile::ServerClient);
        QCOMPARE(applied->key->name(), QStringLiteral("rsa:2048"));
        QCOMPARE(applied->days, 90);
        QCOMPARE(applied->subject.toString(), QStringLiteral("CN=alice,OU=Template unit,O=CA org,C=DE"));
        QCOMPARE(applied->dnsNames, QStringList{QStringLiteral("alice.internal")});
        QCOMPARE(applied->emails,
                 (QStringList{QStringLiteral("alice@example.org"), QStringLiteral("bob@other.example")}));

        // What was chosen wins: the key, the days, and each subject attribute given.
        options.key = test::keySpec(QStringLiteral("ec:p384"));
        options.days = 30;
        options.subject = test::dn(QStringLiteral("CN=alice,O=Chosen"));
        applied = applyPreset(options, preset);
        QVERIFY(applied);
        QCOMPARE(applied->key->name(), QStringLiteral("ec:p384"));
        QCOMPARE(applied->days, 30);
        QCOMPARE(applied->subject.toString(), QStringLiteral("CN=alice,O=Chosen,OU=Template unit,C=DE"));

        // Without a template, only the defaults.
        applied = applyPreset(LeafOptions{}, IssuancePreset{std::nullopt, subject(QStringLiteral("W"))});
        QVERIFY(applied);
        QCOMPARE(applied->subject.toString(), QStringLiteral("O=W"));
        QVERIFY(!applied->key); // the profile's default, chosen when the key is made
        QCOMPARE(applied->days, 0);
    }

    void templateMustFitWhatIsIssued()
    {
        IssuancePreset preset;
        preset.tmpl = IssuanceTemplate::findBuiltIn(QStringLiteral("vpn-client"));
        LeafOptions server;
        server.profile = Profile::Server;
        auto applied = applyPreset(server, preset);
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(QStringLiteral("not Server certificates")),
                 qPrintable(applied.error().message));
        CaOptions ca;
        QVERIFY(!applyPreset(ca, preset));
        // A CSR keeps a chosen profile; an open one takes the template's.
        CsrOptions csr;
        csr.profile = Profile::Server;
        QCOMPARE(applyPreset(csr, preset, ChosenOptions{true})->profile, Profile::Server);
        QCOMPARE(applyPreset(csr, preset, ChosenOptions{false})->profile, Profile::Client);
        QCOMPARE(applyPreset(csr, preset, ChosenOptions{false})->days, 365);
        // {cn} needs a common name.
        preset.tmpl = IssuanceTemplate::findBuiltIn(QStringLiteral("internal-service"));
        LeafOptions nameless;
        nameless.profile = Profile::Server;
        QVERIFY(!applyPreset(nameless, preset));
    }

    void defaultsPerWorkspaceAndCa()
    {
        QVERIFY(fresh());
        QVERIFY(m_ws->defaults()->isEmpty());
        auto set = m_ws->setDefaults({}, subject(QStringLiteral("Acme"), QStringLiteral("es")));
        QVERIFY(set);
        QCOMPARE(set->country, QStringLiteral("ES"));
        QVERIFY(m_ws->setDefaults(CertificateRef::typed(QStringLiteral("Root")),
                                  subject(QStringLiteral("Acme Ops"), {}, QStringLiteral("Ops"))));
        QVERIFY(!m_ws->setDefaults({}, subject({}, QStringLiteral("ESP"))));
        QVERIFY(!m_ws->setDefaults(CertificateRef::typed(QStringLiteral("nope")), subject(QStringLiteral("x"))));
        QVERIFY(reopen());
        QCOMPARE(m_ws->defaults()->organization, QStringLiteral("Acme"));
        auto preset = m_ws->preset(QString(), CertificateRef::typed(QStringLiteral("Root")));
        QVERIFY(preset);
        QCOMPARE(preset->subject, subject(QStringLiteral("Acme Ops"), QStringLiteral("ES"), QStringLiteral("Ops")));
        auto rootPreset = m_ws->preset(QString(), {});
        QCOMPARE(rootPreset->subject, subject(QStringLiteral("Acme"), QStringLiteral("ES")));
        QVERIFY(!m_ws->preset(QStringLiteral("no-such-template"), {}));
        // Empty defaults clear them.
        QVERIFY(m_ws->setDefaults({}, SubjectDefaults()));
        QVERIFY(m_ws->defaults()->isEmpty());
    }

    void alteredRowsAreRefused()
    {
        QVERIFY(fresh());
        QVERIFY(m_ws->createTemplate({QStringLiteral("mine"), Profile::Client, std::nullopt, 30}));
        QVERIFY(m_ws->setDefaults({}, subject(QStringLiteral("Acme"))));
        tamper(QStringLiteral("UPDATE templates SET body = replace(body, '30', '3000')"));
        QVERIFY(reopen());
        auto found = m_ws->findTemplate(QStringLiteral("mine"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(QStringLiteral("changed outside Signet")), qPrintable(found.error().message));
        QVERIFY(!m_ws->templates());
        QVERIFY(m_ws->findTemplate(QStringLiteral("web-server"))); // the shipped ones need no row
        auto report = m_ws->verify();
        QVERIFY(report);
        QVERIFY2(report->problems.contains(QStringLiteral("template 'mine' was changed outside Signet")),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));

        tamper(QStringLiteral("UPDATE defaults SET body = replace(body, 'Acme', 'Evil')"));
        QVERIFY(reopen());
        auto defaults = m_ws->defaults();
        QVERIFY(!defaults);
        QVERIFY(defaults.error().message.contains(QStringLiteral("changed outside Signet")));
        QVERIFY(!m_ws->preset(QString(), {}));
        // A row moved to another CA does not verify either.
        QVERIFY(m_ws->setDefaults({}, subject(QStringLiteral("Acme"))));
        tamper(QStringLiteral("UPDATE defaults SET ca_id = 1 WHERE ca_id = 0"));
        QVERIFY(reopen());
        QVERIFY(!m_ws->defaults(CertificateRef::typed(QStringLiteral("Root"))));
        report = m_ws->verify();
        QVERIFY(report);
        QVERIFY2(report->problems.contains(QStringLiteral("the defaults of CA 'Root' were changed outside Signet")),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void issueWithTemplate()
    {
        QVERIFY(fresh());
        QVERIFY(m_ws->setDefaults({}, subject(QStringLiteral("Acme"), QStringLiteral("DE"))));
        LeafOptions options;
        options.ca = CertificateRef::typed(QStringLiteral("Root"));
        options.profile = Profile::Client;
        options.subject = DistinguishedName::fromCommonName(QStringLiteral("billing"));
        auto preset = m_ws->preset(QStringLiteral("internal-service"), options.ca);
        QVERIFY(preset);
        auto ready = applyPreset(options, *preset);
        QVERIFY(ready);
        auto issued = m_ws->issue(*ready);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().toString()));
        QCOMPARE(issued->record.profile, Profile::ServerClient);
        QCOMPARE(issued->record.subject, QStringLiteral("CN=billing,O=Acme,C=DE"));
        auto cert = m_ws->certificate(issued->record);
        QVERIFY(cert);
        QVERIFY(cert->subjectAltNames().contains(QStringLiteral("DNS:billing.internal")));
        QVERIFY(qAbs(t0().daysTo(issued->record.notAfter) - 397) <= 1);
    }
};

QTEST_GUILESS_MAIN(tst_Templates)
#include "tst_Templates.moc"
