// A team workspace's address: what is passed on to libpq, and what is refused before any connection.

#include "store/ServerAddress.h"

#include <QTest>

using namespace signet;

class tst_ServerAddress : public QObject {
    Q_OBJECT

private slots:
    void passedOn_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        const QString defaults = QStringLiteral("connect_timeout='10' application_name='signet'");
        QTest::newRow("full") << QStringLiteral("postgresql://signet@db.example.com:6543/team")
                              << QStringLiteral("db.example.com") << 6543 << QStringLiteral("signet")
                              << QStringLiteral("team") << defaults;
        QTest::newRow("short scheme") << QStringLiteral("postgres://db/team") << QStringLiteral("db") << -1 << QString()
                                      << QStringLiteral("team") << defaults;
        QTest::newRow("all from libpq") << QStringLiteral("postgresql://") << QString() << -1 << QString() << QString()
                                        << defaults;
        QTest::newRow("service") << QStringLiteral("postgresql:///?service=team") << QString() << -1 << QString()
                                 << QString() << QStringLiteral("service='team' ") + defaults;
        QTest::newRow("tls") << QStringLiteral("postgresql://db/team?sslmode=verify-full&sslrootcert=/etc/ca%20file.pem")
                             << QStringLiteral("db") << -1 << QString() << QStringLiteral("team")
                             << QStringLiteral("sslmode='verify-full' sslrootcert='/etc/ca file.pem' ") + defaults;
        QTest::newRow("own timeout") << QStringLiteral("postgresql://db/team?connect_timeout=3") << QStringLiteral("db")
                                     << -1 << QString() << QStringLiteral("team")
                                     << QStringLiteral("connect_timeout='3' application_name='signet'");
    }

    void passedOn()
    {
        QFETCH(QString, location);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, options);
        QVERIFY(ServerAddress::isServer(location));
        auto address = ServerAddress::parse(location);
        QVERIFY2(address, address ? "" : qPrintable(address.error().toString()));
        QCOMPARE(address->host, host);
        QCOMPARE(address->port, port);
        QCOMPARE(address->user, user);
        QCOMPARE(address->database, database);
        QCOMPARE(address->options, options);
        QVERIFY(!address->display.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://signet:secret@db/team") << QStringLiteral("password");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://db/team?password=secret")
                                            << QStringLiteral("password");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://db/team?options=-csearch_path%3Devil")
                                           << QStringLiteral("does not pass on: 'options'");
        QTest::newRow("quote in a value") << QStringLiteral("postgresql://db/team?sslrootcert=%27x") << QStringLiteral("cannot pass on");
        QTest::newRow("semicolon in a value") << QStringLiteral("postgresql://db/team?sslmode=require%3Bhost%3Devil")
                                              << QStringLiteral("cannot pass on");
        QTest::newRow("quote in the database") << QStringLiteral("postgresql://db/te%27am") << QStringLiteral("cannot pass on");
        QTest::newRow("fragment") << QStringLiteral("postgresql://db/team#x") << QStringLiteral("fragment");
        QTest::newRow("a path") << QStringLiteral("postgresql://db/team/more") << QStringLiteral("more than a database");
        QTest::newRow("too long") << QStringLiteral("postgresql://db/") + QString(3000, QLatin1Char('a'))
                                  << QStringLiteral("longer than");
        QTest::newRow("not an address") << QStringLiteral("postgresql://db:port/team") << QStringLiteral("not a PostgreSQL address");
    }

    void refused()
    {
        QFETCH(QString, location);
        QFETCH(QString, says);
        auto address = ServerAddress::parse(location);
        QVERIFY(!address);
        QVERIFY2(address.error().toString().contains(says), qPrintable(address.error().toString()));
    }

    void filesAreNotServers()
    {
        QVERIFY(!ServerAddress::isServer(QStringLiteral("/home/me/team.signet")));
        QVERIFY(!ServerAddress::isServer(QStringLiteral("postgresql.signet")));
        QVERIFY(!ServerAddress::isServer(QStringLiteral("mysql://db/team")));
    }
};

QTEST_GUILESS_MAIN(tst_ServerAddress)
#include "tst_ServerAddress.moc"
