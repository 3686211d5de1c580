#include "cliapp.h"

#include "chartexporter.h"
#include "codegen/cppprogram.h"
#include "codegen/pythonprogram.h"
#include "commandline.h"
#include "idlebench.h"
#include "logformat.h"
#include "net/servecommand.h"
#include "paintbench.h"
#include "pyrun/fidelityrun.h"
#include "pyrun/programscenario.h"
#include "pyrun/pythonprogramrun.h"
#include "sleepersbench.h"
#include "teach/narrationlines.h"
#include "teach/pitfallfinder.h"
#include "teach/programpitfallfinder.h"
#include "timeline/runflows.h"
#include "trace/logtext.h"
#include "windowbench.h"

#include "run/runpreflight.h"
#include "run/session.h"
#include "scenario/builtinscenarios.h"
#include "scenario/scenariosource.h"
#include "trace/atomicfilewriter.h"
#include "trace/chrometraceexport.h"
#include "trace/csvexport.h"
#include "trace/runjsonexport.h"
#include "trace/visibletext.h"
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <future>

namespace ck {

int CliApp::exec(const CommandLine &commandLine, const std::optional<CliRequest> &request)
{
    if (!request)
        return refuse(commandLine.error());
    switch (request->command) {
    case CliRequest::Command::Gui: // main() opens the window; nothing to do headless
    case CliRequest::Command::Help:
        m_out << commandLine.helpText();
        return Success;
    case CliRequest::Command::Version:
        m_out << QStringLiteral("corokitchen %1\n").arg(QStringLiteral(COROKITCHEN_VERSION));
        return Success;
    case CliRequest::Command::List:
        return list(*request);
    case CliRequest::Command::Code:
        return writeCode(*request);
    case CliRequest::Command::Serve:
        return ServeCommand::run(request->port, m_out, m_err);
    case CliRequest::Command::BenchSleepers:
        m_out << QJsonDocument(SleepersBench::run(request->count,
                                                  std::chrono::nanoseconds(
                                                      std::llround(request->benchSeconds * 1e9))))
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Success;
    case CliRequest::Command::BenchIdle:
        m_out << QJsonDocument(IdleBench::run(std::chrono::nanoseconds(
                                   std::llround(request->benchSeconds * 1e9))))
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Success;
    case CliRequest::Command::BenchPaint:
        m_out << QJsonDocument(PaintBench::run(request->paint)).toJson(QJsonDocument::Compact)
              << '\n';
        return Success;
    case CliRequest::Command::BenchWindow:
        m_out << QJsonDocument(WindowBench::run(request->window)).toJson(QJsonDocument::Compact)
              << '\n';
        return Success;
    case CliRequest::Command::Compare:
        if (request->withCpython)
            return compareWithCpython(*request);
        [[fallthrough]];
    case CliRequest::Command::Run:
        return request->programs.isEmpty() ? runScenario(*request) : runPrograms(*request);
    }
    return BadUsage;
}

int CliApp::list(const CliRequest &request)
{
    for (const QString &id : BuiltinScenarios::ids()) {
        const ScenarioLoadResult loaded = BuiltinScenarios::load(id);
        const QString title =
            loaded.ok() ? loaded.scenario->title.in(request.language) : loaded.error;
        m_out << QStringLiteral("%1  %2\n").arg(id, -16).arg(VisibleText::of(title));
        if (!loaded.ok())
            continue;
        // The lesson text under its title, as the window shows it above the timeline.
        for (const QString &line :
             wrapped(VisibleText::of(loaded.scenario->description.in(request.language)), 80))
            m_out << QString(18, QLatin1Char(' ')) << line << '\n';
    }
    return Success;
}

QStringList CliApp::wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && LogText::columns(line) + 1 + LogText::columns(word) > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

int CliApp::writeCode(const CliRequest &request)
{
    ScenarioLoadResult loaded = ScenarioSource::resolve(request.scenario);
    if (!loaded.ok())
        return refuse(loaded.error);
    const Strategy &mode = request.modes.front();
    const QString refusal = mode.refusal(*loaded.scenario);
    if (!refusal.isEmpty())
        return refuse(QStringLiteral("%1: %2").arg(request.scenario, refusal));
    QString error;
    const auto program =
        request.codeAs == QLatin1String("cpp")
            ? CppProgram::generate(*loaded.scenario, mode, request.language, request.speed, &error)
            : PythonProgram::generate(*loaded.scenario, mode, request.language, request.speed,
                                      &error);
    if (!program)
        return refuse(QStringLiteral("%1: %2").arg(request.scenario, error));
    m_out << program->text;
    return Success;
}

int CliApp::runScenario(const CliRequest &given)
{
    CliRequest request = given;
    ScenarioLoadResult loaded;
    if (request.asScenario) { // "Open as scenario": the program converted, never run
        ProgramScenario::Converted converted = ProgramScenario::convert(request.scenario);
        if (converted.mode && !request.modeGiven)
            request.modes = {*converted.mode};
        loaded = std::move(converted.loaded);
    } else {
        loaded = ScenarioSource::resolve(request.scenario);
    }
    if (!loaded.ok())
        return refuse(loaded.error);
    auto scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
    Session session(Session::clockFor(request.virtualClock, request.speed));
    const bool labelRuns = request.modes.size() > 1;
    SessionOptions options;
    // The chart's flows need them too (an `after`, who woke a wait for an object), for a run
    // small enough to draw its arrows.
    const bool chartsFlows = (request.chartFlows || request.chartCriticalPath) &&
                             scenario->tasks.size() <= RunFlows::kMostLanes;
    options.recordsLoopEvents = request.narrate || chartsFlows;
    // A single run prints its total where the Python program does, when main() returns: the
    // lines of asyncio.run's last iteration (tasks never awaited) wait here until it is known.
    QStringList lastIteration;
    if (!request.narrate)
        options.logListener = [&](int run, const LogLine &line) {
            const QString label = labelRuns ? request.modes[std::size_t(run)].name() : QString();
            const QString text = LogText::line(line, request.language, label);
            if (line.warning) { // Python writes its warnings to stderr
                m_err << text << '\n';
                m_err.flush();
                return;
            }
            if (!labelRuns && session.runners().front()->recorder()->info().mainLines >= 0) {
                lastIteration << text;
                return;
            }
            m_out << text << '\n';
            m_out.flush();
        };
    m_language = request.language;
    if (const RunRefusal refusal = session.start(scenario, request.modes, std::move(options)))
        return refuse(QStringLiteral("%1: %2").arg(request.scenario, refusal.reason));
    session.waitUntilFinished();
    if (request.narrate)
        printNarration(request, session);
    printTotals(request, session);
    for (const QString &line : std::as_const(lastIteration))
        m_out << line << '\n';
    printHints(*scenario, session);
    if (!writeOutputs(request, session))
        return BadUsage;
    return reportFailures(session);
}

int CliApp::runPrograms(const CliRequest &request)
{
    m_language = request.language;
    const bool compares = request.programs.size() > 1;
    std::vector<std::unique_ptr<PythonProgramRun>> runs;
    QStringList labels;
    PythonRunOptions options;
    options.clock = request.virtualClock ? QStringLiteral("virtual") : QStringLiteral("real");
    options.timeLimit = std::chrono::seconds(request.timeLimitSeconds);
    options.wallLimit = std::chrono::seconds(request.wallLimitSeconds);
    for (const QString &program : request.programs) {
        labels << QFileInfo(program).fileName();
        // One axis: the second run's loop events follow the first's.
        options.firstSequence = runs.empty() ? 0 : runs.back()->reader().nextSequence();
        auto run = std::make_unique<PythonProgramRun>(program, options);
        if (!request.narrate)
            run->recorder()->setLogListener(
                [&, label = compares ? labels.back() : QString()](const LogLine &line) {
                    QTextStream &stream = line.warning ? m_err : m_out; // as Python writes them
                    stream << LogText::line(line, m_language, label) << '\n';
                    stream.flush();
                });
        if (!run->start())
            return refuse(QStringLiteral("%1: %2").arg(program, run->failure()));
        run->waitUntilFinished();
        run->recorder()->setLogListener(nullptr);
        if (!reportProgram(*run))
            return BadUsage;
        runs.push_back(std::move(run));
    }
    std::vector<const Recorder *> recorders;
    for (const auto &run : runs)
        recorders.push_back(run->recorder().get());
    if (request.narrate)
        for (const QString &line : NarrationLines::story(recorders, labels, m_language))
            m_out << VisibleText::of(line) << '\n';
    if (compares) { // each program prints its own total; a comparison adds the speed-up
        for (std::size_t i = 0; i < recorders.size(); ++i)
            m_out << LogFormat::total(recorders[i]->info().total, labels[int(i)]) << '\n';
        m_out << LogFormat::speedup(recorders[0]->info().total, recorders[1]->info().total,
                                    labels[0], labels[1])
              << '\n';
    }
    const auto chartRuns = [&] {
        std::vector<TimelineRun> timelineRuns;
        for (std::size_t i = 0; i < runs.size(); ++i)
            timelineRuns.push_back(TimelineRun{runs[i]->recorder(), labels[int(i)]});
        return timelineRuns;
    };
    ChartOptions chart;
    chart.title = labels.join(QStringLiteral(" / "));
    if (!writeOutputs(request, recorders, chartRuns, chart))
        return BadUsage;
    if (!compares) // a comparison shows the difference itself
        printHints(ProgramPitfallFinder::find(
            *recorders[0], [&](std::size_t event) { return runs[0]->reader().lineOf(event); }));
    int raised = 0;
    for (const auto &run : runs) {
        if (run->outcome() == PythonProgramRun::Outcome::Raised) {
            m_err << QStringLiteral("corokitchen: ") << VisibleText::of(run->failure()) << '\n';
            ++raised;
        }
    }
    m_err.flush();
    return raised > 0 ? TaskFailed : Success;
}

bool CliApp::reportProgram(const PythonProgramRun &run)
{
    m_out.flush();
    const QString standardError = QString::fromUtf8(run.standardError());
    m_err << standardError;
    if (run.standardErrorCut())
        m_err << '\n'
              << tr("corokitchen: the program's standard error was cut at %1 bytes")
                     .arg(run.standardError().size())
              << '\n';
    const QString &traceback = run.reader().exit().traceback;
    if (!traceback.isEmpty() && !standardError.contains(traceback.trimmed()))
        m_err << traceback << (traceback.endsWith(QLatin1Char('\n')) ? "" : "\n");
    m_err.flush();
    if (run.outcome() != PythonProgramRun::Outcome::Refused)
        return true;
    refuse(QStringLiteral("%1: %2").arg(run.program(), run.failure()));
    return false;
}

int CliApp::compareWithCpython(const CliRequest &request)
{
    m_language = request.language;
    ScenarioLoadResult loaded = ScenarioSource::resolve(request.scenario);
    if (!loaded.ok())
        return refuse(loaded.error);
    FidelityRun check(std::make_shared<const Scenario>(std::move(*loaded.scenario)),
                      request.modes.front(), m_language, request.cpythonProgram);
    if (const QString refusal = check.start(); !refusal.isEmpty())
        return refuse(QStringLiteral("%1: %2").arg(request.scenario, refusal));
    check.waitUntilFinished();
    if (!check.failure().isEmpty())
        return refuse(QStringLiteral("%1: %2").arg(request.scenario, check.failure()));
    for (const QString &difference : check.result().differences)
        m_out << VisibleText::of(difference) << '\n';
    m_out << check.result().summary() << '\n';
    // One axis: the two runs, labelled by who ran them.
    const std::vector<const Recorder *> recorders{check.app().get(), check.python().get()};
    const auto chartRuns = [&] {
        TimelineRun app =
            TimelineRun::of(*check.session().runners().front(), check.session().ideal(0));
        app.recorder = check.app();
        app.label = QStringLiteral("QCoro");
        return std::vector<TimelineRun>{app,
                                        TimelineRun{check.python(), QStringLiteral("CPython")}};
    };
    if (!writeOutputs(request, recorders, chartRuns, chartOptions(check.session())))
        return BadUsage;
    return check.result().agrees() ? Success : TaskFailed;
}

void CliApp::printNarration(const CliRequest &request, const Session &session)
{
    QStringList labels;
    for (const Strategy &mode : request.modes)
        labels << mode.name();
    // A line a sentence: shown, not obeyed, as the printed lines they quote.
    for (const QString &line : NarrationLines::story(session.recorders(), labels, m_language))
        m_out << VisibleText::of(line) << '\n';
}

void CliApp::printTotals(const CliRequest &request, const Session &session)
{
    const auto recorders = session.recorders();
    if (recorders.size() == 1) {
        // A main() that raised ends the Python program before it prints its total.
        if (recorders[0]->info().mainError.isEmpty())
            m_out << LogFormat::total(recorders[0]->info().total) << '\n';
        return;
    }
    for (const Recorder *recorder : recorders)
        m_out << LogFormat::total(recorder->info().total, recorder->info().mode) << '\n';
    m_out << LogFormat::speedup(recorders[0]->info().total, recorders[1]->info().total,
                                request.modes[0].name(), request.modes[1].name())
          << '\n';
}

void CliApp::printHints(const Scenario &scenario, const Session &session)
{
    if (session.runners().size() != 1)
        return; // a comparison shows the difference itself
    const Runner &runner = *session.runners().front();
    printHints(PitfallFinder::find(scenario, runner.strategy(), *runner.recorder()));
}

void CliApp::printHints(const std::vector<Pitfall> &pitfalls)
{
    for (const Pitfall &pitfall : pitfalls)
        m_err << tr("corokitchen: hint: %1").arg(VisibleText::of(pitfall.message)) << '\n';
    m_err.flush();
}

int CliApp::reportFailures(const Session &session)
{
    int failed = 0;
    for (const auto &runner : session.runners()) {
        for (const QString &failure : runner->failures()) {
            // A failure's reason may be a server's (an HTTP reason phrase): shown, not obeyed.
            m_err << tr("corokitchen: task %1").arg(VisibleText::of(failure)) << '\n';
            ++failed;
        }
    }
    // Then the last line of the traceback Python prints when main() raised.
    for (const Recorder *recorder : session.recorders()) {
        if (!recorder->info().mainError.isEmpty()) {
            m_err << VisibleText::of(recorder->info().mainError) << '\n';
            ++failed;
        }
    }
    m_err.flush();
    return failed > 0 ? TaskFailed : Success;
}

bool CliApp::writeOutputs(const CliRequest &request, const Session &session)
{
    return writeOutputs(
        request, session.recorders(), [&] { return chartRuns(session); }, chartOptions(session));
}

bool CliApp::writeOutputs(const CliRequest &request, const std::vector<const Recorder *> &recorders,
                          const std::function<std::vector<TimelineRun>()> &chartRuns,
                          const ChartOptions &chartOptions)
{
    m_out.flush(); // the totals come before a table written to /dev/stdout
    // Each file is written as it is made (no copy of it in memory), atomically.
    std::vector<Output> outputs;
    const auto add = [&outputs](const QString &path, std::function<bool(QIODevice &)> writeTo) {
        if (!path.isEmpty())
            outputs.push_back({path, std::move(writeTo), {}});
    };
    add(request.tracePath, [&](QIODevice &device) {
        return ChromeTraceExport::write(device, recorders, request.language);
    });
    add(request.csvPath, [&](QIODevice &device) { return CsvExport::write(device, recorders); });
    add(request.jsonPath,
        [&](QIODevice &device) { return RunJsonExport::write(device, recorders); });
    const auto writeOne = [](Output &output) {
        AtomicFileWriter::write(output.path, output.writeTo, &output.error);
    };
    // A crowd's files take a second or more each: they are written side by side, each on a
    // thread of its own (they only read the finished runs), while the chart is painted here.
    std::vector<std::future<void>> writing;
    if (canWriteAtOnce(outputs)) {
        for (Output &output : outputs)
            writing.push_back(std::async(std::launch::async, writeOne, std::ref(output)));
    } else {
        std::for_each(outputs.begin(), outputs.end(), writeOne);
    }
    QString chartError;
    ChartOptions chart = chartOptions;
    chart.flows = {request.chartFlows, request.chartCriticalPath};
    const bool charted =
        request.chartPath.isEmpty() ||
        ChartExporter::exportChart(request.chartPath, chartRuns(), chart, &chartError);
    for (std::future<void> &written : writing)
        written.wait();
    bool ok = charted;
    for (const Output &output : outputs) {
        if (!output.error.isEmpty()) {
            refuse(output.error);
            ok = false;
        }
    }
    if (!charted)
        refuse(chartError);
    return ok;
}

// Files on disk, each a different one: never two writers on one descriptor or device
// (/dev/stdout twice would interleave their bytes).
bool CliApp::canWriteAtOnce(const std::vector<Output> &outputs)
{
    QStringList targets;
    for (const Output &output : outputs) {
        const QString target = QFileInfo(output.path).absoluteFilePath();
        if (target.startsWith(QLatin1String("/dev/")) ||
            target.startsWith(QLatin1String("/proc/")) || targets.contains(target))
            return false;
        targets << target;
    }
    return targets.size() > 1;
}

std::vector<TimelineRun> CliApp::chartRuns(const Session &session)
{
    std::vector<TimelineRun> runs;
    for (std::size_t i = 0; i < session.runners().size(); ++i)
        runs.push_back(TimelineRun::of(*session.runners()[i], session.ideal(i)));
    return runs;
}

ChartOptions CliApp::chartOptions(const Session &session)
{
    ChartOptions options;
    options.title = session.scenario().title.in(m_language);
    return options;
}

int CliApp::refuse(const QString &message)
{
    m_err << QStringLiteral("corokitchen: ") << VisibleText::of(message) << '\n';
    m_err.flush();
    return BadUsage;
}

} // namespace ck
