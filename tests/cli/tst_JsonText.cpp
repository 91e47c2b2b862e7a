// The lists' JSON writer writes exactly what QJsonDocument::Indented writes, for every kind of
// value they hold and every kind of character: scripts that read 'list --json' see no difference.

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signet;

class tst_JsonText : public QObject {
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("host1.example.test");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote and backslash") << QStringLiteral("CN=\"a\\b\",O=x");
        QTest::newRow("line break and tab") << QStringLiteral("eve\nforged\tx\r");
        QTest::newRow("control") << (QStringLiteral("a") + QChar(0x01) + QChar(0x1b) + QChar(0x7f) + QStringLiteral("z"));
        QTest::newRow("latin") << QStringLiteral("Bücher & Söhne");
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80 ok");
        QTest::newRow("bidi override") << (QStringLiteral("eve") + QChar(0x202e) + QStringLiteral("gpj"));
        QTest::newRow("slash") << QStringLiteral("https://pki.example.test/root.crl");
    }
    void sameAsQt()
    {
        QFETCH(QString, text);
        JsonText mine;
        QJsonObject theirs;
        mine.add("name", text);
        theirs.insert(QStringLiteral("name"), text);
        mine.add("id", qint64(9007199254740993LL % 100000000000LL));
        theirs.insert(QStringLiteral("id"), qint64(9007199254740993LL % 100000000000LL));
        mine.add("isCa", true);
        theirs.insert(QStringLiteral("isCa"), true);
        mine.add("hasKey", false);
        theirs.insert(QStringLiteral("hasKey"), false);
        mine.addNull("revokedAt");
        theirs.insert(QStringLiteral("revokedAt"), QJsonValue(QJsonValue::Null));
        mine.add("sans", QStringList{text, QStringLiteral("DNS:x.example")});
        theirs.insert(QStringLiteral("sans"), QJsonArray{text, QStringLiteral("DNS:x.example")});
        mine.add("empty", QStringList());
        theirs.insert(QStringLiteral("empty"), QJsonArray());
        mine.add("Zed", text); // upper case sorts first, as QJsonObject sorts it
        theirs.insert(QStringLiteral("Zed"), text);

        QCOMPARE(mine.indented(0) + '\n', QJsonDocument(theirs).toJson(QJsonDocument::Indented));
        // As an element of a top-level array, as 'list --json' writes it.
        const QByteArray array = QJsonDocument(QJsonArray{theirs, theirs}).toJson(QJsonDocument::Indented);
        QCOMPARE("[\n    " + mine.indented(1) + ",\n    " + mine.indented(1) + "\n]\n", array);
    }
};

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_JsonText.moc"
