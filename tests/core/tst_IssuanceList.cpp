// The lists batch issuance and revocation read: CSV and JSON lines, each value through the parser a
// single issuance uses, every problem with its line number, and the bounds.

#include "TestSupport.h"
#include "pki/IssuanceList.h"

#include <QTest>

using namespace signet;

namespace {
QStringList u8s(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list << QString::fromUtf8(text);
    }
    return list;
}
} // namespace

Q_DECLARE_METATYPE(signet::Profile)

class tst_IssuanceList : public QObject {
    Q_OBJECT

private slots:
    void readsEntries_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("name");

        QTest::newRow("csv client") << QByteArray("cn,email\nalice,alice@example.com\n") << 2 << Profile::Client
                                    << "CN=alice" << QStringList() << QStringList()
                                    << u8s({"alice@example.com"}) << "" << 0 << "";
        QTest::newRow("csv server, names by ';' and blanks")
            << QByteArray("profile,dns,ip,key,days,name\r\nserver,www.example.com; api.example.com,10.0.0.1 ::1,"
                          "ec:p384,90,web\r\n")
            << 2 << Profile::Server << "" << u8s({"www.example.com", "api.example.com"})
            << u8s({"10.0.0.1", "::1"}) << QStringList() << "ec:p384" << 90 << "web";
        QTest::newRow("csv quoted DN with commas; its CN wins")
            << QByteArray("# clients\n\ncn,subject\nbob,\"CN=robert,O=Example \"\"Ltd\"\",C=ES\"\n") << 4
            << Profile::Client << "CN=robert,O=Example \\\"Ltd\\\",C=ES" << QStringList() << QStringList() << QStringList()
            << "" << 0 << "";
        QTest::newRow("csv subject without CN takes cn") << QByteArray("subject,cn\n\"O=Example,C=ES\",carol\n") << 2
                                                         << Profile::Client << "CN=carol,O=Example,C=ES" << QStringList()
                                                         << QStringList() << QStringList() << "" << 0 << "";
        QTest::newRow("csv header case, BOM, IDN")
            << QByteArray("\xEF\xBB\xBFProfile,DNS\nServer-Client,B\xC3\xBC" "cher.example\n") << 2
            << Profile::ServerClient << "" << u8s({"xn--bcher-kva.example"}) << QStringList() << QStringList()
            << "" << 0 << "";
        QTest::newRow("jsonl arrays and numbers")
            << QByteArray("{\"profile\":\"server\",\"dns\":[\"a.example.com\",\"b.example.com\"],\"days\":30}\n") << 1
            << Profile::Server << "" << u8s({"a.example.com", "b.example.com"}) << QStringList()
            << QStringList() << "" << 30 << "";
        QTest::newRow("jsonl strings and comments")
            << QByteArray("# made by a script\n{\"cn\":\"dave\",\"email\":\"dave@example.com d@example.com\",\"key\":"
                          "\"ed25519\",\"name\":\"dave-laptop\",\"ip\":null}\n")
            << 2 << Profile::Client << "CN=dave" << QStringList() << QStringList()
            << u8s({"dave@example.com", "d@example.com"}) << "ed25519" << 0 << "dave-laptop";
    }

    void readsEntries()
    {
        QFETCH(QByteArray, input);
        auto list = IssuanceList::parse(input);
        SIGNET_VERIFY_OK(list);
        QVERIFY2(list->problems.isEmpty(), qPrintable(list->problems.value(0).message));
        QCOMPARE(list->entries.size(), 1);
        const IssuanceListEntry& entry = list->entries.front();
        QTEST(entry.line, "line");
        QTEST(entry.profile, "profile");
        QTEST(entry.subject.toString(), "subject");
        QTEST(entry.dnsNames, "dns");
        QTEST(entry.ipAddresses, "ips");
        QTEST(entry.emails, "emails");
        QTEST(entry.key ? entry.key->name() : QString(), "key");
        QTEST(entry.days, "days");
        QTEST(entry.name, "name");
    }

    void reportsLineProblems_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("contains");

        const QByteArray header("cn,dns,ip,email,key,days,profile\n");
        QTest::newRow("bad ip") << header + "a,,999.1.1.1,,,,\n" << 2 << "ip:";
        QTest::newRow("ip in dns") << header + "a,10.0.0.1,,,,,\n" << 2 << "not a DNS name";
        QTest::newRow("bad key") << header + "a,,,,rsa:1000,,\n" << 2 << "key:";
        QTest::newRow("days zero") << header + "a,,,,,0,\n" << 2 << "days:";
        QTest::newRow("days text") << header + "a,,,,,ten,\n" << 2 << "days:";
        QTest::newRow("ca profile") << header + "a,,,,,,root-ca\n" << 2 << "profile:";
        QTest::newRow("field count") << header + "\n# gap\na,b\n" << 4 << "2 fields";
        QTest::newRow("open quote") << header + "\"a,,,,,,\n" << 2 << "quoted field";
        QTest::newRow("bad email") << header + "a,,,not-an-address@,,,\n" << 2 << "email:";
        QTest::newRow("json syntax") << QByteArray("{\"cn\":\"a\"}\n{\"cn\":\n") << 2 << "not JSON";
        QTest::newRow("json unknown key") << QByteArray("{\"cn\":\"a\"}\n{\"common\":\"b\"}\n") << 2 << "unknown key";
        QTest::newRow("json not an object") << QByteArray("{\"cn\":\"a\"}\n[1]\n") << 2 << "not a JSON object";
        QTest::newRow("json days fraction") << QByteArray("{\"cn\":\"a\",\"days\":1.5}\n") << 1 << "whole number";
        QTest::newRow("json days beyond int") << QByteArray("{\"cn\":\"a\",\"days\":788888888888}\n") << 1 << "days:";
        QTest::newRow("json days enormous") << QByteArray("{\"cn\":\"a\",\"days\":1e300}\n") << 1 << "days:";
        QTest::newRow("json number as cn") << QByteArray("{\"cn\":5}\n") << 1 << "not text";
        QTest::newRow("not utf-8") << header + "a\xff,,,,,,\n" << 2 << "UTF-8";
        QTest::newRow("long line") << header + QByteArray(IssuanceList::kMaxLineBytes + 1, 'a') + "\n" << 2 << "longer";
    }

    void reportsLineProblems()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, contains);
        auto list = IssuanceList::parse(input);
        SIGNET_VERIFY_OK(list);
        QCOMPARE(list->problems.size(), 1);
        QCOMPARE(list->problems.front().line, line);
        QVERIFY2(list->problems.front().message.contains(contains), qPrintable(list->problems.front().message));
    }

    void goodLinesSurviveBadOnes()
    {
        auto list = IssuanceList::parse("cn,ip\na,\nb,1.2.3.999\nc,10.0.0.3\n");
        SIGNET_VERIFY_OK(list);
        QCOMPARE(list->entries.size(), 2);
        QCOMPARE(list->entries[0].line, 2);
        QCOMPARE(list->entries[1].line, 4);
        QCOMPARE(list->problems.size(), 1);
        QCOMPARE(list->problems[0].line, 3);
    }

    void refusesTheWholeInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("unknown column") << QByteArray("cn,colour\na,red\n");
        QTest::newRow("column twice") << QByteArray("cn,CN\na,b\n");
        QByteArray many("cn\n");
        for (int i = 0; i <= IssuanceList::kMaxLines; ++i) {
            many += "x\n";
        }
        QTest::newRow("too many entries") << many;
    }

    void refusesTheWholeInput()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!IssuanceList::parse(input).ok());
    }

    void emptyInputIsAnEmptyList()
    {
        auto list = IssuanceList::parse("# nothing\n\n");
        SIGNET_VERIFY_OK(list);
        QVERIFY(list->entries.isEmpty() && list->problems.isEmpty());
        auto onlyHeader = IssuanceList::parse("cn,dns\n,\n");
        SIGNET_VERIFY_OK(onlyHeader);
        QVERIFY(onlyHeader->entries.isEmpty() && onlyHeader->problems.isEmpty());
    }

    void readsReferences()
    {
        auto refs = IssuanceList::parseReferences("alice\n\n# done later\n  id:7  \r\n4A:3B\n");
        SIGNET_VERIFY_OK(refs);
        QCOMPARE(refs->size(), 3);
        QCOMPARE(refs->at(0).line, 1);
        QCOMPARE(refs->at(1).text, QStringLiteral("id:7"));
        QCOMPARE(refs->at(1).line, 4);
        QCOMPARE(refs->at(2).line, 5);
        QVERIFY(!IssuanceList::parseReferences(QByteArray(IssuanceList::kMaxLineBytes + 1, 'a')).ok());
    }
};

QTEST_GUILESS_MAIN(tst_IssuanceList)
#include "tst_IssuanceList.moc"
