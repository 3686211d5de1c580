// Issue 7: hundreds of deterministically mutated scenario files, each refused with one line that
// names the file, or loaded and run to its end on the virtual clock; never a crash or a hang.
// The same files through the CLI exit 0, 1 or 2, with one line on stderr for 2.

#include "run/idealtime.h"
#include "run/runpreflight.h"
#include "scenario/builtinscenarios.h"
#include "scenario/scenarioloader.h"

#include "runharness.h"
#include "scenariomutator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ck;

namespace {

constexpr quint64 kSeed = 20240707;
constexpr int kMutantsPerFile = 50;
constexpr int kCliRuns = 300; // the issue: 300 mutated files through the CLI

struct Mutant
{
    QString name; // "kitchen-m007.json"
    QString kind; // "flip+duplicate key"
    QByteArray json;
};

// The built-in scenarios and the valid scenarios of tests/data.
std::vector<std::pair<QString, QByteArray>> originals()
{
    std::vector<std::pair<QString, QByteArray>> files;
    const QString data = QStringLiteral(COROKITCHEN_TEST_DATA);
    QStringList paths;
    for (const QString &name : QDir(QStringLiteral(":/scenarios")).entryList(QDir::Files))
        paths << QStringLiteral(":/scenarios/") + name;
    for (const char *name : {"scenario-example.json", "scenario-minimal.json",
                             "tricky-asyncio.json", "staggered-asyncio.json"})
        paths << data + QLatin1Char('/') + QString::fromLatin1(name);
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.emplace_back(QFileInfo(path).completeBaseName(), file.readAll());
    }
    return files;
}

// "tasks[0].steps[1]: "wait" must be a number of seconds" -> ""wait" must be": the fault
// without its path, in a few words, to tell in the log what the mutations led to.
QString faultOf(const QString &refusal)
{
    QString what = refusal;
    const qsizetype colon = what.indexOf(QStringLiteral(": "));
    if (colon > 0 && !what.left(colon).contains(QLatin1Char(' ')))
        what = what.mid(colon + 2);
    return what.section(QLatin1Char(' '), 0, 2);
}

bool isOneLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')) &&
           !text.contains(QChar(0x2028)) && !text.contains(QChar(0x2029));
}

const Strategy kModes[] = {Strategy(Strategy::Kind::Gather), Strategy(Strategy::Kind::Sequential),
                           Strategy(Strategy::Kind::CreateTask), Strategy(Strategy::Kind::Sync),
                           Strategy(Strategy::Kind::Bounded, 2)};

} // namespace

class TstScenarioMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loaderRefusesOrRuns();
    void cliExitCodes();

private:
    std::vector<Mutant> m_mutants;
};

void TstScenarioMutations::initTestCase()
{
    const auto files = originals();
    // the built-ins but the crowd, and four test scenarios
    QCOMPARE(files.size(), std::size_t(ck::BuiltinScenarios::ids().size() - 1 + 4));
    cktest::ScenarioMutator mutator(kSeed);
    for (const auto &[base, json] : files) {
        QVERIFY2(ScenarioLoader::fromJson(json, base).ok(), qPrintable(base));
        for (int i = 0; i < kMutantsPerFile; ++i) {
            Mutant mutant;
            mutant.name = QStringLiteral("%1-m%2.json").arg(base).arg(i, 3, 10, QLatin1Char('0'));
            mutant.json = mutator.mutate(json, &mutant.kind);
            m_mutants.push_back(std::move(mutant));
        }
    }
    QVERIFY(m_mutants.size() >= 300);
}

void TstScenarioMutations::loaderRefusesOrRuns()
{
    QElapsedTimer clock;
    clock.start();
    int refused = 0;
    int ran = 0;
    int modeRefused = 0;
    qint64 slowest = 0;
    QString slowestName;
    std::map<QString, int> faults; // what the refusals are about, for the log
    for (std::size_t i = 0; i < m_mutants.size(); ++i) {
        const Mutant &mutant = m_mutants[i];
        const QString what = mutant.name + QStringLiteral(" (") + mutant.kind + u')';
        ScenarioLoadResult loaded = ScenarioLoader::fromJson(mutant.json, mutant.name);
        if (!loaded.ok()) {
            ++refused;
            QVERIFY2(loaded.error.startsWith(mutant.name + QStringLiteral(": ")), qPrintable(what));
            QVERIFY2(loaded.error.size() > mutant.name.size() + 2, qPrintable(what));
            QVERIFY2(isOneLine(loaded.error),
                     qPrintable(what + QStringLiteral(": ") + loaded.error));
            ++faults[faultOf(loaded.error.mid(mutant.name.size() + 2))];
            continue;
        }
        auto scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
        for (const Strategy &mode : kModes) {
            const auto ideal = IdealTime::of(*scenario, mode);
            QVERIFY2(ideal.count() >= 0 || ideal.count() == -1, qPrintable(what));
        }
        const Strategy &mode = kModes[i % std::size(kModes)];
        auto scheduler = std::make_unique<Scheduler>(std::make_unique<VirtualClock>());
        const QString refusal = RunPreflight::refusal(*scenario, mode, scheduler->clock());
        if (!refusal.isEmpty()) {
            ++modeRefused;
            QVERIFY2(isOneLine(refusal), qPrintable(what));
            continue;
        }
        QElapsedTimer wall;
        wall.start();
        Runner runner(*scheduler, scenario, mode);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY2(runner.isFinished() || finished.wait(10000), qPrintable(what));
        for (const QString &failure : runner.failures())
            QVERIFY2(isOneLine(failure), qPrintable(what));
        ++ran;
        if (wall.elapsed() > slowest) {
            slowest = wall.elapsed();
            slowestName = mutant.name + QStringLiteral(" (") + mutant.kind + u')';
        }
    }
    QStringList reasons;
    for (const auto &[words, count] : faults)
        reasons << QStringLiteral("%1 ×%2").arg(words).arg(count);
    qInfo("%d mutated files: %d refused, %d loaded (%d ran, %d refused by their mode) in %lld ms; "
          "slowest run %lld ms: %s",
          int(m_mutants.size()), refused, ran + modeRefused, ran, modeRefused,
          qint64(clock.elapsed()), slowest, qPrintable(slowestName));
    qInfo("refusals begin: %s", qPrintable(reasons.join(QStringLiteral(", "))));
    // Both kinds must be well represented, or the mutations test only one side.
    QVERIFY(refused >= 100);
    QVERIFY(ran >= 50);
}

// Files spread over the whole set, so that every original and many kinds of mutation are there.
void TstScenarioMutations::cliExitCodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::size_t stride = m_mutants.size() / kCliRuns;
    int exits[3] = {0, 0, 0};
    for (int n = 0; n < kCliRuns; ++n) {
        const Mutant &mutant = m_mutants[std::size_t(n) * stride + std::size_t(n) % stride];
        const QString path = dir.filePath(mutant.name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mutant.json);
        file.close();
        QProcess cli;
        cli.start(
            QStringLiteral(COROKITCHEN_BINARY),
            {QStringLiteral("run"), path, QStringLiteral("--clock"), QStringLiteral("virtual")});
        const QString what = mutant.name + QStringLiteral(" (") + mutant.kind + u')';
        QVERIFY2(cli.waitForFinished(20000), qPrintable(what));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, qPrintable(what));
        const int code = cli.exitCode();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(code >= 0 && code <= 2, qPrintable(what + QStringLiteral(": exit %1").arg(code)));
        ++exits[code];
        if (code == 2) {
            QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1,
                     qPrintable(what + QStringLiteral(": ") + err));
            QVERIFY2(err.contains(path + QStringLiteral(": ")), qPrintable(err));
        } else {
            const QString out = QString::fromUtf8(cli.readAllStandardOutput());
            // A main() that raised ends, as Python's does, with the exception and no total.
            static const QRegularExpression raised(QStringLiteral(
                "\\n(asyncio\\.exceptions\\.)?[A-Za-z]+(Error|Group)(: [^\\n]*)?\\n$"));
            QVERIFY2(out.contains(QStringLiteral("Total execution time : ")) ||
                         (code == 1 && raised.match(u'\n' + err).hasMatch()),
                     qPrintable(what + QStringLiteral(": ") + err));
        }
    }
    qInfo("corokitchen run on %d mutated files: %d exited 0, %d exited 1, %d exited 2", kCliRuns,
          exits[0], exits[1], exits[2]);
    QVERIFY(exits[2] > 0 && exits[0] + exits[1] > 0);
}

QTEST_GUILESS_MAIN(TstScenarioMutations)

#include "tst_scenariomutations.moc"
