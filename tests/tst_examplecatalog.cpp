// The example programs of File -> Examples (issue 15, item 6): the catalogue compiled in under
// :/examples lists every seed example with its titles, its program in both languages and the
// built-in + mode it matches (tests/oracle/check_examples.py runs them against those).

#include <QTest>

#include "scenario/builtinscenarios.h"
#include "scenario/examplecatalog.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kCatalogue = R"({"examples": [
    {"id": "one", "title": {"en": "One", "ko": "하나"},
     "files": {"en": "en/one.py", "ko": "ko/one.py"}, "builtin": "kitchen", "mode": "gather",
     "seed": "seed.txt"},
    {"id": "english-only", "title": {"en": "English only"}, "files": {"en": "en/only.py"},
     "builtin": null, "mode": null},
    {"id": "one", "title": {"en": "Twice"}, "files": {"en": "en/twice.py"}},
    {"id": "", "title": {"en": "No id"}, "files": {"en": "en/none.py"}},
    {"id": "no-file", "title": {"en": "No file"}, "files": {}},
    {"id": "no-title", "files": {"en": "en/x.py"}}
]})";

} // namespace

class TstExampleCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySeedExampleIsCompiledIn();
    void titlesAndSourcesInBothLanguages();
    void matchingBuiltinsExistAndModesParse();
    void examplesWithoutBuiltinSayNone();
    void readsAnyCatalogueAndSkipsBrokenEntries();
    void unknownIdsGiveNothing();
};

void TstExampleCatalog::everySeedExampleIsCompiledIn()
{
    const auto catalog = ck::ExampleCatalog::builtIn();
    const QStringList expected = {
        u"kitchen-sync"_s,      u"kitchen-gather"_s,       u"kitchen-create-task"_s,
        u"api-calls-sync"_s,    u"api-calls-one-by-one"_s, u"api-calls-gather"_s,
        u"download-file"_s,     u"two-downloads"_s,        u"movie-stream"_s,
        u"movie-stream-sync"_s, u"coroutine-object"_s,     u"chain-rule"_s,
        u"email-stream"_s,      u"subroutine"_s,           u"number-coroutine"_s};
    QCOMPARE(catalog.ids(), expected);
}

void TstExampleCatalog::titlesAndSourcesInBothLanguages()
{
    const auto catalog = ck::ExampleCatalog::builtIn();
    QCOMPARE(catalog.title(u"kitchen-gather"_s, ck::Language::English),
             u"Kitchen with asyncio.gather (3 s)"_s);
    QCOMPARE(catalog.title(u"kitchen-gather"_s, ck::Language::Korean),
             u"asyncio.gather를 쓴 주방 (3초)"_s);
    QCOMPARE(catalog.sourcePath(u"kitchen-gather"_s, ck::Language::Korean),
             u":/examples/ko/kitchen_gather.py"_s);
    const QString english = catalog.source(u"kitchen-gather"_s, ck::Language::English);
    const QString korean = catalog.source(u"kitchen-gather"_s, ck::Language::Korean);
    QVERIFY(english.contains(u"asyncio.gather(brewCoffee(), toastBagel())"_s));
    QVERIFY(english.contains(u"print(\"Start brewCoffee()\")"_s));
    QVERIFY(korean.contains(u"print(\"brewCoffee() 시작\")"_s)); // UTF-8 read as such
    for (const QString &id : catalog.ids()) {
        for (const auto language : {ck::Language::English, ck::Language::Korean}) {
            QVERIFY2(!catalog.title(id, language).isEmpty(), qPrintable(id));
            QVERIFY2(catalog.source(id, language).contains(u"__main__"_s), qPrintable(id));
        }
        QVERIFY2(catalog.title(id, ck::Language::English) !=
                     catalog.title(id, ck::Language::Korean),
                 qPrintable(id));
        QVERIFY2(catalog.source(id, ck::Language::English) !=
                     catalog.source(id, ck::Language::Korean),
                 qPrintable(id));
        QVERIFY2(catalog.seed(id).endsWith(u".txt"_s), qPrintable(id));
    }
}

void TstExampleCatalog::matchingBuiltinsExistAndModesParse()
{
    const auto catalog = ck::ExampleCatalog::builtIn();
    QCOMPARE(catalog.builtinScenario(u"api-calls-one-by-one"_s), u"api-calls"_s);
    QCOMPARE(catalog.mode(u"api-calls-one-by-one"_s)->kind(), ck::Strategy::Kind::Sequential);
    QCOMPARE(catalog.mode(u"kitchen-create-task"_s)->kind(), ck::Strategy::Kind::CreateTask);
    QCOMPARE(catalog.seed(u"kitchen-sync"_s), u"003_5e60b118b9d84d25.txt"_s);
    int matched = 0;
    for (const QString &id : catalog.ids()) {
        const QString builtin = catalog.builtinScenario(id);
        if (builtin.isEmpty())
            continue;
        ++matched;
        QVERIFY2(ck::BuiltinScenarios::contains(builtin), qPrintable(id));
        QVERIFY2(catalog.mode(id).has_value(), qPrintable(id));
    }
    QCOMPARE(matched, 10);
}

void TstExampleCatalog::examplesWithoutBuiltinSayNone()
{
    const auto catalog = ck::ExampleCatalog::builtIn();
    QVERIFY(catalog.builtinScenario(u"number-coroutine"_s).isEmpty());
    QVERIFY(!catalog.mode(u"number-coroutine"_s).has_value());
    QVERIFY(catalog.source(u"number-coroutine"_s, ck::Language::English).contains(u"send(1)"_s));
}

void TstExampleCatalog::readsAnyCatalogueAndSkipsBrokenEntries()
{
    const auto catalog = ck::ExampleCatalog::fromJson(kCatalogue, u"/somewhere"_s);
    QCOMPARE(catalog.ids(), QStringList({u"one"_s, u"english-only"_s}));
    QCOMPARE(catalog.title(u"one"_s, ck::Language::Korean), u"하나"_s);
    QCOMPARE(catalog.title(u"english-only"_s, ck::Language::Korean), u"English only"_s);
    QCOMPARE(catalog.sourcePath(u"english-only"_s, ck::Language::Korean),
             u"/somewhere/en/only.py"_s);
    QCOMPARE(catalog.builtinScenario(u"one"_s), u"kitchen"_s);
    QCOMPARE(catalog.mode(u"one"_s)->kind(), ck::Strategy::Kind::Gather);
    QVERIFY(catalog.source(u"one"_s, ck::Language::English).isEmpty()); // no such file
    QVERIFY(ck::ExampleCatalog::fromJson("not json", u"/x"_s).isEmpty());
    QVERIFY(ck::ExampleCatalog::fromJson(R"({"examples": 3})", u"/x"_s).isEmpty());
}

void TstExampleCatalog::unknownIdsGiveNothing()
{
    const auto catalog = ck::ExampleCatalog::builtIn();
    QVERIFY(!catalog.contains(u"nope"_s));
    QVERIFY(catalog.title(u"nope"_s, ck::Language::English).isEmpty());
    QVERIFY(catalog.sourcePath(u"nope"_s, ck::Language::English).isEmpty());
    QVERIFY(catalog.source(u"nope"_s, ck::Language::English).isEmpty());
    QVERIFY(catalog.builtinScenario(u"nope"_s).isEmpty());
    QVERIFY(!catalog.mode(u"nope"_s).has_value());
}

QTEST_GUILESS_MAIN(TstExampleCatalog)
#include "tst_examplecatalog.moc"
