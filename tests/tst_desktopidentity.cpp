// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "desktopidentity.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QWidget>

// The window's desktop file name and icon: the id names the .desktop entry resources/desktop
// installs (so the desktop matches the running window to its entry) and the icon is the app's.
class TstDesktopIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ck::DesktopIdentity::apply(); }

    void desktopFileNameIsTheInstalledEntry()
    {
        QCOMPARE(QGuiApplication::desktopFileName(), ck::DesktopIdentity::appId());
        const QString entry = QStringLiteral(COROKITCHEN_SOURCE_DIR "/resources/desktop/%1.desktop")
                                  .arg(ck::DesktopIdentity::appId());
        QFile file(entry);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(entry));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\nIcon=" + ck::DesktopIdentity::appId().toUtf8() + '\n'));
    }

    void windowsShowTheAppIcon()
    {
        const QIcon icon = QGuiApplication::windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 256}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // The cup, in Okabe-Ito blue, sits in the lower middle of every size.
            QCOMPARE(image.pixelColor(size / 2, size * 3 / 4).name(), QStringLiteral("#0072b2"));
        }
        QWidget window;
        QCOMPARE(window.windowIcon().cacheKey(), icon.cacheKey());
    }
};

QTEST_MAIN(TstDesktopIdentity)
#include "tst_desktopidentity.moc"
