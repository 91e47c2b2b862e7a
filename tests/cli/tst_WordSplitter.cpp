// The word splitter of 'signet-cli batch': a shell's quoting rules, none of its expansions, and bounds.

#include "WordSplitter.h"

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

class tst_WordSplitter : public QObject {
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");

        QTest::newRow("blanks") << " issue  client\tCA --cn alice " << u8s({"issue", "client", "CA", "--cn", "alice"});
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("comment line") << "  # issue client" << QStringList();
        QTest::newRow("comment after words") << "list --json # all of them" << u8s({"list", "--json"});
        QTest::newRow("hash inside a word") << "show a#b" << u8s({"show", "a#b"});
        QTest::newRow("single quotes") << "--cn 'Alice O\"Brien $HOME'" << u8s({"--cn", "Alice O\"Brien $HOME"});
        QTest::newRow("double quotes") << "--subject \"CN=a,O=\\\"b\\\" \\$x \\n\"" << u8s({"--subject", "CN=a,O=\"b\" $x \\n"});
        QTest::newRow("backslash outside quotes") << "a\\ b c\\'d \\\\" << u8s({"a b", "c'd", "\\"});
        QTest::newRow("joined quotes") << "x'a b'\"c d\"y" << u8s({"xa bc dy"});
        QTest::newRow("empty quoted word") << "rename a ''" << u8s({"rename", "a", ""});
        QTest::newRow("no expansion") << "show * > out $(id) `id`" << u8s({"show", "*", ">", "out", "$(id)", "`id`"});
        QTest::newRow("utf-8") << "--cn 'Zoë Ünal'" << u8s({"--cn", "Zoë Ünal"});
        QTest::newRow("carriage return") << "list\r" << u8s({"list"});
    }

    void splits()
    {
        QFETCH(QString, line);
        auto words = WordSplitter::split(line);
        QVERIFY2(words.ok(), words.ok() ? "" : qPrintable(words.error().toString()));
        QTEST(*words, "words");
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("open single quote") << "show 'abc";
        QTest::newRow("open double quote") << "show \"abc";
        QTest::newRow("trailing backslash") << "show abc\\";
        QTest::newRow("too long") << QString(WordSplitter::kMaxLineLength + 1, QLatin1Char('a'));
        QString many;
        for (int i = 0; i <= WordSplitter::kMaxWords; ++i) {
            many += QStringLiteral("w ");
        }
        QTest::newRow("too many words") << many;
    }

    void refuses()
    {
        QFETCH(QString, line);
        QVERIFY(!WordSplitter::split(line).ok());
    }
};

QTEST_GUILESS_MAIN(tst_WordSplitter)
#include "tst_WordSplitter.moc"
