#pragma once

#include "chartexporter.h"
#include "clirequest.h"
#include "timeline/timelinerun.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ck {

struct Scenario;

class HeadlessSession;
struct ScenarioLoadResult;

// The headless face of CoroKitchen: `run`, `compare`, `list`. Exit codes: 0 all tasks done,
// 1 some task failed, 2 bad usage, bad input or an output that could not be written.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode { Success = 0, TaskFailed = 1, BadUsage = 2 };

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int exec(const QStringList &arguments);

private:
    int list(const CliRequest &request);
    int runScenario(const CliRequest &request);
    int writeCode(const CliRequest &request);
    // --narrate: the loop's story, as the window's Narration panel tells it.
    void printNarration(const CliRequest &request, const HeadlessSession &session);
    void printTotals(const CliRequest &request, const HeadlessSession &session);
    int reportFailures(const HeadlessSession &session);
    // "corokitchen: hint: Missed concurrency: …" on stderr for a single run that shows a pitfall.
    void printHints(const Scenario &scenario, const HeadlessSession &session);
    bool writeOutputs(const CliRequest &request, const HeadlessSession &session);
    std::vector<TimelineRun> chartRuns(const HeadlessSession &session);
    ChartOptions chartOptions(const HeadlessSession &session);
    int refuse(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Language m_language = Language::English;
};

} // namespace ck
