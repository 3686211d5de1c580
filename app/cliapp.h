#pragma once

#include "chartexporter.h"
#include "clirequest.h"
#include "timeline/timelinerun.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QIODevice;
#include <functional>
#include <optional>
#include <vector>

namespace ck {

struct Pitfall;
struct Scenario;

class CommandLine;
class PythonProgramRun;
class Recorder;
class Session;
struct ScenarioLoadResult;

// The headless face of CoroKitchen: `run`, `compare`, `list`. Exit codes: 0 all tasks done,
// 1 some task failed, 2 bad usage, bad input or an output that could not be written.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode { Success = 0, TaskFailed = 1, BadUsage = 2 };

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // Does what `request` asks, or refuses with the command line's error when there is none.
    int exec(const CommandLine &commandLine, const std::optional<CliRequest> &request);

private:
    int list(const CliRequest &request);
    // `text` in lines of at most `width` terminal columns (LogText::columns: Hangul takes two),
    // broken at spaces (a longer word stands alone).
    static QStringList wrapped(const QString &text, int width);
    int runScenario(const CliRequest &request);
    // run PROGRAM.py, compare A.py B.py: real CPython runs them under the app's harness.
    int runPrograms(const CliRequest &request);
    // The program's stderr (its traceback) on stderr; false when it was refused (reported).
    bool reportProgram(const PythonProgramRun &run);
    // compare SCENARIO --with-cpython: the app's QCoro run against CPython's (FidelityRun).
    int compareWithCpython(const CliRequest &request);
    int writeCode(const CliRequest &request);
    // --narrate: the loop's story, as the window's Narration panel tells it.
    void printNarration(const CliRequest &request, const Session &session);
    void printTotals(const CliRequest &request, const Session &session);
    int reportFailures(const Session &session);
    // "corokitchen: hint: Missed concurrency: …" on stderr for a single run that shows a pitfall.
    void printHints(const Scenario &scenario, const Session &session);
    void printHints(const std::vector<Pitfall> &pitfalls);
    // A file the run is written to (--trace, --csv, --json) and, once written, why it failed.
    struct Output
    {
        QString path;
        std::function<bool(QIODevice &)> writeTo;
        QString error;
    };
    bool writeOutputs(const CliRequest &request, const Session &session);
    bool writeOutputs(const CliRequest &request, const std::vector<const Recorder *> &recorders,
                      const std::function<std::vector<TimelineRun>()> &chartRuns,
                      const ChartOptions &chartOptions);
    static bool canWriteAtOnce(const std::vector<Output> &outputs);
    std::vector<TimelineRun> chartRuns(const Session &session);
    ChartOptions chartOptions(const Session &session);
    int refuse(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Language m_language = Language::English;
};

} // namespace ck
