#include <QTest>

#include "scenario/scenariotask.h"

// A ScenarioTask keeps what most tasks lack (an order, a result) out of line: a crowd's million
// tasks hold none of it, and copies share it until one of them changes it.
class TstScenarioTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlainTaskHasNoneOfTheRareParts();
    void theRarePartsReadAsSet();
    void copiesShareUntilOneChanges();
};

void TstScenarioTask::aPlainTaskHasNoneOfTheRareParts()
{
    QCOMPARE(sizeof(ck::ScenarioTask), std::size_t(64));
    ck::ScenarioTask task;
    QVERIFY(task.after().isEmpty());
    QVERIFY(task.afterIndices().empty());
    QVERIFY(!task.result());
    task.setAfter({});
    task.setAfterIndices({});
    QVERIFY(task.after().isEmpty() && task.afterIndices().empty() && !task.result());
}

void TstScenarioTask::theRarePartsReadAsSet()
{
    ck::ScenarioTask task;
    task.setAfter({QStringLiteral("second"), QStringLiteral("first")});
    task.setAfterIndices({1, 0});
    task.setResult(ck::LocalizedText(QStringLiteral("ok"), QStringLiteral("좋아요")));
    QCOMPARE(task.after(), (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
    QCOMPARE(task.afterIndices(), (std::vector<int>{1, 0}));
    QVERIFY(task.result());
    QCOMPARE(task.result()->korean(), QStringLiteral("좋아요"));
    task.setAfterIndices({});
    QVERIFY(task.afterIndices().empty());
    QCOMPARE(task.after().size(), 2); // the rest stays
}

void TstScenarioTask::copiesShareUntilOneChanges()
{
    ck::ScenarioTask task;
    task.setAfter({QStringLiteral("a")});
    task.setResult(ck::LocalizedText(QStringLiteral("done"), QStringLiteral("끝")));
    ck::ScenarioTask copy = task;
    QCOMPARE(&copy.after(), &task.after()); // one list for both
    QCOMPARE(copy.result(), task.result());
    copy.setAfter({QStringLiteral("b")});
    QCOMPARE(task.after(), QStringList{QStringLiteral("a")});
    QCOMPARE(copy.after(), QStringList{QStringLiteral("b")});
    QCOMPARE(copy.result()->english(), QStringLiteral("done")); // copied with the rest
    QVERIFY(copy.result() != task.result());
}

QTEST_GUILESS_MAIN(TstScenarioTask)
#include "tst_scenariotask.moc"
