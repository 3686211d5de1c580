// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "trace/logtext.h"

using namespace std::chrono_literals;

class TstLogText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void labelsLineUpInAMonospaceFont();
};

void TstLogText::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("ascii") << QStringLiteral("Gather") << 6;
    QTest::newRow("hangul") << QStringLiteral("순차 실행") << 9;
    QTest::newRow("mixed") << QStringLiteral("동시 실행(gather)") << 17;
    QTest::newRow("empty") << QString() << 0;
}

void TstLogText::columns()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(ck::LogText::columns(text), columns);
}

void TstLogText::labelsLineUpInAMonospaceFont()
{
    const ck::LogLine line{2s, 0, ck::LocalizedText(QStringLiteral("End"), QStringLiteral("종료"))};
    const QString korean =
        ck::LogText::line(line, ck::Language::Korean, QStringLiteral("순차 실행"), 17);
    const QString mixed =
        ck::LogText::line(line, ck::Language::Korean, QStringLiteral("동시 실행(gather)"), 17);
    QCOMPARE(korean, QStringLiteral("[ 2.000 s] 순차 실행         | 종료"));
    QCOMPARE(mixed, QStringLiteral("[ 2.000 s] 동시 실행(gather) | 종료"));
    QCOMPARE(ck::LogText::columns(korean.section(QLatin1Char('|'), 0, 0)),
             ck::LogText::columns(mixed.section(QLatin1Char('|'), 0, 0)));
    QCOMPARE(ck::LogText::line(line, ck::Language::English), QStringLiteral("[ 2.000 s] End"));
}

QTEST_GUILESS_MAIN(TstLogText)
#include "tst_logtext.moc"
