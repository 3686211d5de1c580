// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "teach/koreanparticles.h"
#include "teach/narrationlines.h"

#include <QTranslator>

using namespace Qt::StringLiterals;
using Ending = ck::KoreanParticles::Ending;

Q_DECLARE_METATYPE(ck::KoreanParticles::Ending)

class TstKoreanParticles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endings_data();
    void endings();
    void settles_data();
    void settles();
    void koreanNarrationReadsNaturally();
};

void TstKoreanParticles::endings_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Ending>("ending");
    QTest::newRow("커피: no final") << u"커피"_s << Ending::Vowel;
    QTest::newRow("베이글: ㄹ") << u"베이글"_s << Ending::Rieul;
    QTest::newRow("토스트빵: ㅇ") << u"토스트빵"_s << Ending::Consonant;
    QTest::newRow("brewCoffee: vowel") << u"brewCoffee"_s << Ending::Vowel;
    QTest::newRow("toastBagel: l") << u"toastBagel"_s << Ending::Rieul;
    QTest::newRow("main(): n, brackets skipped") << u"main()"_s << Ending::Consonant;
    QTest::newRow("fetch: 페치") << u"fetch"_s << Ending::Vowel;
    QTest::newRow("toast: 토스트") << u"toast"_s << Ending::Vowel;
    QTest::newRow("streaming: ng") << u"streaming"_s << Ending::Consonant;
    QTest::newRow("item: m") << u"ITEM"_s << Ending::Consonant;
    QTest::newRow("task1: 일") << u"task1"_s << Ending::Rieul;
    QTest::newRow("task2: 이") << u"task2"_s << Ending::Vowel;
    QTest::newRow("task3: 삼") << u"task3"_s << Ending::Consonant;
    QTest::newRow("quoted line") << u"“End toastBagel()”"_s << Ending::Rieul;
    QTest::newRow("punctuation") << u"wait…"_s << Ending::Unknown;
    QTest::newRow("nothing") << u"()"_s << Ending::Unknown;
}

void TstKoreanParticles::endings()
{
    QFETCH(QString, word);
    QFETCH(Ending, ending);
    QCOMPARE(ck::KoreanParticles::endingOf(word), ending);
}

void TstKoreanParticles::settles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("settled");
    QTest::newRow("subject after a vowel")
        << u"brewCoffee이(가) 끝났습니다"_s << u"brewCoffee가 끝났습니다"_s;
    QTest::newRow("subject after l")
        << u"toastBagel이(가) 끝났습니다"_s << u"toastBagel이 끝났습니다"_s;
    QTest::newRow("object after ()")
        << u"루프가 main()을(를) 재개합니다"_s << u"루프가 main()을 재개합니다"_s;
    QTest::newRow("topic") << u"작업은(는)"_s << u"작업은"_s;
    QTest::newRow("with") << u"커피와(과) 빵과(와)"_s << u"커피와 빵과"_s;
    QTest::newRow("(으)로 after ㄹ") << u"toastBagel()이(가) 베이글(으)로 돌아갑니다"_s
                                     << u"toastBagel()이 베이글로 돌아갑니다"_s;
    QTest::newRow("(으)로 after a consonant") << u"main(으)로"_s << u"main으로"_s;
    QTest::newRow("(으)로 after a vowel") << u"fetch(으)로"_s << u"fetch로"_s;
    QTest::newRow("several in one sentence")
        << u"brewCoffee이(가) toastBagel이(가) 먼저 끝나기를 기다립니다"_s
        << u"brewCoffee가 toastBagel이 먼저 끝나기를 기다립니다"_s;
    QTest::newRow("unknown ending keeps both") << u"…이(가)"_s << u"…이(가)"_s;
    QTest::newRow("at the start keeps both") << u"이(가) 있다"_s << u"이(가) 있다"_s;
    QTest::newRow("English untouched")
        << u"brewCoffee is done (3 s)"_s << u"brewCoffee is done (3 s)"_s;
}

void TstKoreanParticles::settles()
{
    QFETCH(QString, text);
    QFETCH(QString, settled);
    QCOMPARE(ck::KoreanParticles::settle(text), settled);
}

// The Korean story of the kitchen has no double particle left and reads "toastBagel이 끝났습니다".
void TstKoreanParticles::koreanNarrationReadsNaturally()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/corokitchen_ko.qm"_s));
    QCoreApplication::installTranslator(&translator);
    cktest::VirtualRun run(cktest::builtin(u"kitchen"_s), cktest::mode(u"gather"_s), true);
    const QString korean =
        ck::NarrationLines::story({&run.recorder()}, {}, ck::Language::Korean).join(u'\n');
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(korean.contains(u"toastBagel이 끝났습니다"_s), qPrintable(korean));
    QVERIFY2(korean.contains(u"brewCoffee가 끝났습니다"_s), qPrintable(korean));
    for (const QString &doubled : {u"이(가)"_s, u"을(를)"_s, u"은(는)"_s, u"(으)로"_s})
        QVERIFY2(!korean.contains(doubled), qPrintable(korean));
}

QTEST_GUILESS_MAIN(TstKoreanParticles)
#include "tst_koreanparticles.moc"
