// What a migration reads of an old CA besides its certificates: the lines of index.txt as `openssl
// ca` and EasyRSA write them, and the openssl.cnf that says where everything lies (with its
// variables, and without following what it could use to read other files).

#include "TestSupport.h"
#include "import/CaIndex.h"
#include "import/OpenSslConfig.h"

#include <QTest>

using namespace signet;
using signet::test::writeFile;

Q_DECLARE_METATYPE(signet::CaIndexEntry::State)

class tst_CaIndex : public QObject {
    Q_OBJECT

private slots:
    void parsesLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<CaIndexEntry::State>("state");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("revokedAt");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("subject");
        using S = CaIndexEntry::State;
        QTest::newRow("valid") << QByteArray("V\t271208123056Z\t\t1000\tunknown\t/CN=alice") << S::Valid << "1000"
                               << "2027-12-08T12:30:56Z" << QString() << -1 << "/CN=alice";
        QTest::newRow("revoked with reason")
            << QByteArray("R\t271208123056Z\t261128123056Z,keyCompromise\t1001\tunknown\t/CN=bob") << S::Revoked
            << "1001" << "2027-12-08T12:30:56Z" << "2026-11-28T12:30:56Z" << 1 << "/CN=bob";
        QTest::newRow("revoked without reason")
            << QByteArray("R\t271208123056Z\t261128123056Z\tAB\tunknown\t/CN=x") << S::Revoked << "AB"
            << "2027-12-08T12:30:56Z" << "2026-11-28T12:30:56Z" << -1 << "/CN=x";
        QTest::newRow("hold with instruction")
            << QByteArray("R\t271208123056Z\t261128123056Z,holdInstruction,holdInstructionReject\t0A\tunknown\t/CN=h")
            << S::Revoked << "0A" << "2027-12-08T12:30:56Z" << "2026-11-28T12:30:56Z" << 6 << "/CN=h";
        QTest::newRow("key compromise with time")
            << QByteArray("R\t271208123056Z\t261128123056Z,keyTime,20261101000000Z\t0B\tunknown\t/CN=k") << S::Revoked
            << "0B" << "2027-12-08T12:30:56Z" << "2026-11-28T12:30:56Z" << 1 << "/CN=k";
        QTest::newRow("reason in another case")
            << QByteArray("R\t271208123056Z\t261128123056Z,CESSATIONOFOPERATION\t0C\tunknown\t/CN=c") << S::Revoked
            << "0C" << "2027-12-08T12:30:56Z" << "2026-11-28T12:30:56Z" << 5 << "/CN=c";
        QTest::newRow("expired, generalized time, leading zeros, CRLF")
            << QByteArray("E\t20510101000000Z\t\t00000f1\tunknown\t/CN=e\r") << S::Expired << "F1"
            << "2051-01-01T00:00:00Z" << QString() << -1 << "/CN=e";
        QTest::newRow("odd-length lower-case serial")
            << QByteArray("V\t490101000000Z\t\tabc\tunknown\t/O=Org/CN=\xc3\xa9") << S::Valid << "0ABC"
            << "2049-01-01T00:00:00Z" << QString() << -1 << QString::fromUtf8("/O=Org/CN=\xc3\xa9");
        QTest::newRow("1950 is the first UTCTime year")
            << QByteArray("E\t500101000000Z\t\t01\tunknown\t/CN=old") << S::Expired << "01"
            << "1950-01-01T00:00:00Z" << QString() << -1 << "/CN=old";
    }
    void parsesLines()
    {
        QFETCH(QByteArray, line);
        auto entry = CaIndex::parseLine(line);
        QVERIFY2(entry.ok(), entry ? "" : qPrintable(entry.error().message));
        QTEST(entry->state, "state");
        QTEST(entry->serialHex, "serial");
        QTEST(entry->expiry.toString(Qt::ISODate), "expiry");
        QFETCH(QString, revokedAt);
        QCOMPARE(entry->revokedAt.isValid() ? entry->revokedAt.toString(Qt::ISODate) : QString(), revokedAt);
        QTEST(entry->reason, "reason");
        QTEST(entry->subject, "subject");
    }

    void refusesLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "1 fields";
        QTest::newRow("five fields") << QByteArray("V\t271208123056Z\t\t1000\tunknown") << "5 fields";
        QTest::newRow("unknown state") << QByteArray("X\t271208123056Z\t\t1000\tunknown\t/CN=a") << "neither V, R nor E";
        QTest::newRow("bad expiry") << QByteArray("V\t2712081230Z\t\t1000\tunknown\t/CN=a") << "expiry";
        QTest::newRow("impossible date") << QByteArray("V\t271332123056Z\t\t1000\tunknown\t/CN=a") << "expiry";
        QTest::newRow("no Z") << QByteArray("V\t271208123056\t\t1000\tunknown\t/CN=a") << "expiry";
        QTest::newRow("serial not hex") << QByteArray("V\t271208123056Z\t\t10G0\tunknown\t/CN=a") << "hexadecimal";
        QTest::newRow("serial empty") << QByteArray("V\t271208123056Z\t\t\tunknown\t/CN=a") << "hexadecimal";
        QTest::newRow("serial too long") << QByteArray("V\t271208123056Z\t\t") + QByteArray(300, 'A') + "\tunknown\t/CN=a"
                                         << "hexadecimal";
        QTest::newRow("revoked without time") << QByteArray("R\t271208123056Z\t\t1000\tunknown\t/CN=a")
                                              << "revocation time";
        QTest::newRow("unknown reason") << QByteArray("R\t271208123056Z\t261128123056Z,stolen\t1000\tunknown\t/CN=a")
                                        << "revocation reason";
        QTest::newRow("valid with revocation") << QByteArray("V\t271208123056Z\t261128123056Z\t1000\tunknown\t/CN=a")
                                               << "not revoked";
    }
    void refusesLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        auto entry = CaIndex::parseLine(line);
        QVERIFY(!entry.ok());
        QVERIFY2(entry.error().message.contains(message), qPrintable(entry.error().message));
    }

    void readsFileWithLineNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("index.txt"));
        QVERIFY(writeFile(path, "V\t271208123056Z\t\t01\tunknown\t/CN=a\n\nR\t271208123056Z\t261128123056Z\t02\tunknown\t/CN=b\n"));
        QStringList serials;
        QVERIFY(CaIndex::read(path, [&](const CaIndexEntry& e) {
                    serials << e.serialHex;
                    return Status();
                }).ok());
        QCOMPARE(serials, (QStringList{QStringLiteral("01"), QStringLiteral("02")}));

        QVERIFY(writeFile(path, "V\t271208123056Z\t\t01\tunknown\t/CN=a\nbroken\n"));
        Status st = CaIndex::read(path, [](const CaIndexEntry&) { return Status(); });
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.startsWith(QStringLiteral("index.txt, line 2:")), qPrintable(st.error().message));

        QVERIFY(writeFile(path, QByteArray("V\t271208123056Z\t\t01\tunknown\t/CN=") + QByteArray(CaIndex::kLineLimit, 'a') + "\n"));
        st = CaIndex::read(path, [](const CaIndexEntry&) { return Status(); });
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("longer than")), qPrintable(st.error().message));
    }

    void configVariables()
    {
        auto config = OpenSslConfig::parse("HOME = /h\n"
                                           "[ ca ]\ndefault_ca = CA_default # the section\n"
                                           "[ CA_default ]\n"
                                           "dir = /root/ca\n"
                                           "database = $dir/index.txt\n"
                                           "certs = ${dir}/certs\n"
                                           "crl = $CA_default::dir/crl.pem\n"
                                           "home = ${HOME}/x\n"
                                           "quoted = \"a # b\"\n"
                                           ".include /etc/shadow\n");
        QVERIFY2(config.ok(), config ? "" : qPrintable(config.error().message));
        const QString s = QStringLiteral("CA_default");
        QCOMPARE(config->value(QStringLiteral("ca"), QStringLiteral("default_ca")), s);
        QCOMPARE(config->value(s, QStringLiteral("database")), QStringLiteral("/root/ca/index.txt"));
        QCOMPARE(config->value(s, QStringLiteral("certs")), QStringLiteral("/root/ca/certs"));
        QCOMPARE(config->value(s, QStringLiteral("crl")), QStringLiteral("/root/ca/crl.pem"));
        QCOMPARE(config->value(s, QStringLiteral("home")), QStringLiteral("/h/x"));
        QCOMPARE(config->value(s, QStringLiteral("quoted")), QStringLiteral("a # b"));
        QCOMPARE(config->value(s, QStringLiteral("missing")), QString());
    }

    void configRefusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("undefined variable") << QByteArray("a = $nothing\n") << "line 1: the variable 'nothing'";
        QTest::newRow("unclosed brace") << QByteArray("x = 1\na = ${x\n") << "line 2:";
        QTest::newRow("no equals") << QByteArray("[s]\njust words\n") << "line 2:";
        QTest::newRow("unclosed section") << QByteArray("[s\n") << "line 1:";
        QByteArray doubling("a = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
        for (int i = 0; i < 20; ++i) {
            doubling += (i == 0 ? QByteArray("b0 = $a$a\n")
                                : QByteArray("b") + QByteArray::number(i) + " = $b" + QByteArray::number(i - 1) + "$b"
                                      + QByteArray::number(i - 1) + "\n");
        }
        QTest::newRow("variables doubling") << doubling << "grows beyond";
        QTest::newRow("too large") << QByteArray(OpenSslConfig::kSizeLimit + 1, '#') << "larger than";
    }
    void configRefusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto config = OpenSslConfig::parse(text);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(message), qPrintable(config.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_CaIndex)
#include "tst_CaIndex.moc"
