// Which file systems a workspace is refused on: the magic numbers statfs() gives, and for FUSE the
// mount's type as /proc/self/mountinfo names it. (tests/interop/test_network_fs.sh mounts sshfs.)

#include "store/FileSystemCheck.h"

#include <QTest>

using namespace signet;

class tst_FileSystemCheck : public QObject {
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<qlonglong>("magic");
        QTest::addColumn<QString>("mountType");
        QTest::addColumn<QString>("network");
        QTest::newRow("ext4") << qlonglong(0xEF53) << "ext4" << QString();
        QTest::newRow("tmpfs") << qlonglong(0x01021994) << "tmpfs" << QString();
        QTest::newRow("nfs") << qlonglong(0x6969) << "nfs4" << "NFS";
        QTest::newRow("cifs") << qlonglong(0xFF534D42) << "cifs" << "SMB/CIFS";
        QTest::newRow("smb3") << qlonglong(0xFE534D42) << "smb3" << "SMB/CIFS";
        QTest::newRow("sshfs") << qlonglong(0x65735546) << "fuse.sshfs" << "sshfs";
        QTest::newRow("rclone") << qlonglong(0x65735546) << "fuse.rclone" << "rclone";
        QTest::newRow("ntfs-3g is a local disk") << qlonglong(0x65735546) << "fuseblk" << QString();
    }
    void classifies()
    {
        QFETCH(qlonglong, magic);
        QFETCH(QString, mountType);
        QTEST(FileSystemCheck::classify(long(magic), mountType), "network");
    }

    void findsTheMountOfAPath()
    {
        const QByteArray info = "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
                                "40 22 0:38 / /home/me/share rw - fuse.sshfs me@host:/srv rw\n"
                                "41 40 0:39 / /home/me/share/inner rw - tmpfs tmpfs rw\n"
                                "42 22 0:40 / /mnt/with\\040space rw - cifs //srv/x rw\n"
                                "garbage line\n";
        QCOMPARE(FileSystemCheck::mountTypeOf(QStringLiteral("/home/me/share/ws"), info), QStringLiteral("fuse.sshfs"));
        QCOMPARE(FileSystemCheck::mountTypeOf(QStringLiteral("/home/me/share"), info), QStringLiteral("fuse.sshfs"));
        QCOMPARE(FileSystemCheck::mountTypeOf(QStringLiteral("/home/me/share/inner/x"), info), QStringLiteral("tmpfs"));
        QCOMPARE(FileSystemCheck::mountTypeOf(QStringLiteral("/home/me/shared"), info), QStringLiteral("ext4"));
        QCOMPARE(FileSystemCheck::mountTypeOf(QStringLiteral("/mnt/with space/a"), info), QStringLiteral("cifs"));
    }

    void localFolderIsNotRefused()
    {
        QTemporaryDir dir;
        QVERIFY(FileSystemCheck::refuseNetworkWorkspace(dir.filePath(QStringLiteral("new/folders/ws.signet"))).ok());
    }
};

QTEST_GUILESS_MAIN(tst_FileSystemCheck)
#include "tst_FileSystemCheck.moc"
