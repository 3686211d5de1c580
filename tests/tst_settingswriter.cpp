// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "settingswriter.h"
#include "windowsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTimer>

// The window's settings reach the disk on a thread of their own, and every one of them is there
// when the application quits.
class TstSettingsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aSettingIsReadAtOnceAndWrittenByItself();
    void settingsSetTogetherAreAllWritten();
    void everySettingIsOnDiskWhenTheApplicationQuits(); // last: the application quits

private:
    // The settings file as it is on disk. Read without a QSettings: making one on this thread
    // writes what is pending, which would hide whether the writer's thread did.
    QByteArray onDisk() const;

    QString m_file;
};

void TstSettingsWriter::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_settingswriter"));
    m_file = QSettings().fileName();
}

void TstSettingsWriter::init()
{
    ck::SettingsWriter::flush();
    QSettings().clear(); // written as this QSettings goes
    QVERIFY(!onDisk().contains("run"));
}

QByteArray TstSettingsWriter::onDisk() const
{
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TstSettingsWriter::aSettingIsReadAtOnceAndWrittenByItself()
{
    ck::WindowSettings().setScenario(QStringLiteral("crowd:1234"));
    // Nothing here writes the file (no QSettings is made on this thread): the writer does.
    QTRY_VERIFY(onDisk().contains("scenario=crowd:1234"));
    QCOMPARE(ck::WindowSettings().scenario(), QStringLiteral("crowd:1234"));
    QCOMPARE(QSettings().value(QStringLiteral("run/scenario")).toString(),
             QStringLiteral("crowd:1234"));
}

void TstSettingsWriter::settingsSetTogetherAreAllWritten()
{
    {
        ck::WindowSettings settings;
        settings.setScenario(QStringLiteral("kitchen"));
        settings.setMode(QStringLiteral("bounded:3"));
        settings.setSpeed(4.0);
        settings.addRecentFile(QStringLiteral("/tmp/first.json"));
        settings.addRecentFile(QStringLiteral("/tmp/second.json"));
        // Read back at once, before any write: the last value of each.
        QCOMPARE(settings.mode(), QStringLiteral("bounded:3"));
        QCOMPARE(settings.recentFiles(), QStringList({QStringLiteral("/tmp/second.json"),
                                                      QStringLiteral("/tmp/first.json")}));
    }
    // The last one set is written last: with it, every one set before.
    QTRY_VERIFY(onDisk().contains("/tmp/second.json"));
    const QByteArray written = onDisk();
    QVERIFY(written.contains("scenario=kitchen"));
    QVERIFY(written.contains("bounded:3"));
    QVERIFY(written.contains("speed=4"));
}

void TstSettingsWriter::everySettingIsOnDiskWhenTheApplicationQuits()
{
    // Set in the application's last moment, and read from the disk once it has quit.
    QTimer::singleShot(0, qApp, [] {
        ck::WindowSettings settings;
        for (int i = 0; i < 20; ++i)
            settings.setBoundedLimit(i + 1);
        settings.setTheme(QStringLiteral("dark"));
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    const QByteArray written = onDisk();
    QVERIFY2(written.contains("theme=dark"), written.constData());
    QVERIFY2(written.contains("boundedLimit=20"), written.constData());
}

QTEST_MAIN(TstSettingsWriter)
#include "tst_settingswriter.moc"
