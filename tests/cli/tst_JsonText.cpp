// The lists' JSON writer writes exactly what QJsonDocument::Indented writes, for every kind of
// value they hold and every kind of character: scripts that read 'list --json' see no difference.

#include "CertificateView.h"
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

    // The lists' dates are written without QDateTime's formatter: exactly what it writes.
    void isoUtcSameAsQt_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("1900-03-01") << qint64(-2203891200);
        QTest::newRow("leap day 2000") << qint64(951782400);
        QTest::newRow("end of 2049") << qint64(2524607999);
        QTest::newRow("year 1") << qint64(-62135596800);
        QTest::newRow("year 9999") << qint64(253402300799);
        QTest::newRow("year 10000") << qint64(253402300800);
        QTest::newRow("year 0") << qint64(-62135596801);
    }
    void isoUtcSameAsQt()
    {
        QFETCH(qint64, seconds);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        QCOMPARE(CertificateView::isoUtc(at), at.toString(Qt::ISODate));
        QCOMPARE(CertificateView::isoUtc(at.toOffsetFromUtc(3600)), at.toString(Qt::ISODate));
        QCOMPARE(CertificateView::isoUtc(QDateTime()), QString());
    }

    void isoUtcEveryDay()
    {
        // Every day of 1950 to 2100 at a time that changes with it.
        for (qint64 day = -7305; day < 47482; ++day) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(day * 86400 + (day * 7919) % 86400, Qt::UTC);
            QCOMPARE(CertificateView::isoUtc(at), at.toString(Qt::ISODate));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_JsonText.moc"
