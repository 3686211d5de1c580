#include "commandline.h"

#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "scenario/scenariofault.h"
#include "theme/apptheme.h"
#include "translations.h"

#include <cmath>

namespace ck {

namespace {

// A value from the command line inside the quotes of a message, escaped and cut as in
// ScenarioFault::quote, so that a 100 KB argument still makes a one-line reason.
QString shown(const QString &value)
{
    const QString quoted = ScenarioFault::quote(value);
    return quoted.mid(1, quoted.size() - 2);
}

const QString kModeOption = QStringLiteral("mode");
const QString kModesOption = QStringLiteral("modes");
const QString kClockOption = QStringLiteral("clock");
const QString kSpeedOption = QStringLiteral("speed");
const QString kTraceOption = QStringLiteral("trace");
const QString kCsvOption = QStringLiteral("csv");
const QString kJsonOption = QStringLiteral("json");
const QString kLangOption = QStringLiteral("lang");
const QString kChartOption = QStringLiteral("chart");
const QString kFlowsOption = QStringLiteral("flows");
const QString kCriticalPathOption = QStringLiteral("critical-path");
const QString kScenarioOption = QStringLiteral("scenario");
const QString kAutorunOption = QStringLiteral("autorun");
const QString kThemeOption = QStringLiteral("theme");
const QString kPresentOption = QStringLiteral("present");
const QString kPortOption = QStringLiteral("port");
const QString kCountOption = QStringLiteral("count");
const QString kSecondsOption = QStringLiteral("seconds");
const QString kAsOption = QStringLiteral("as");
const QString kSpansOption = QStringLiteral("spans");
const QString kLanesOption = QStringLiteral("lanes");
const QString kWidthOption = QStringLiteral("width");
const QString kHeightOption = QStringLiteral("height");
const QString kFramesOption = QStringLiteral("frames");
const QString kTeachingOption = QStringLiteral("teaching");
const QString kNarrateOption = QStringLiteral("narrate");
const QString kAsScenarioOption = QStringLiteral("as-scenario");
const QString kWithCpythonOption = QStringLiteral("with-cpython");
const QString kTimeLimitOption = QStringLiteral("time-limit");
const QString kWallLimitOption = QStringLiteral("wall-limit");

constexpr double kMinSpeed = 0.01;
constexpr double kMaxSpeed = 1000.0;

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("CoroKitchen runs asyncio-style scenarios on real QCoro coroutines and times them."));
    m_parser.addOptions({
        {QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
        {QStringList{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")},
        {kModeOption, tr("How tasks are composed: %1. Default: gather.").arg(Strategy::usage()),
         tr("mode")},
        {kModesOption, tr("compare: the two modes to compare. Default: sequential,gather."),
         tr("a,b")},
        {kClockOption, tr("real (default) or virtual (instant and exact)."), tr("clock")},
        {kSpeedOption,
         tr("Real clock speed factor, %1 to %2. Default: 1.").arg(kMinSpeed).arg(kMaxSpeed),
         tr("factor")},
        {kTraceOption, tr("Write a Chrome trace (open it in Perfetto)."), tr("file.json")},
        {kCsvOption, tr("Write the spans as CSV."), tr("file.csv")},
        {kJsonOption, tr("Write the run as JSON."), tr("file.json")},
        {kChartOption, tr("Write the timeline chart: .png, .svg or .pdf."), tr("file")},
        {kFlowsOption, tr("--chart: draw who woke whom, as View > Flows does.")},
        {kCriticalPathOption,
         tr("--chart: frame the critical path, as View > Critical Path does.")},
        {kLangOption, tr("Language: en or ko. Default: the system's."), tr("lang")},
        {kScenarioOption, tr("Window: open this scenario (built-in id or file)."), tr("scenario")},
        {kAutorunOption, tr("Window: start running at once.")},
        {kThemeOption, tr("Window: system, light or dark. Default: the last chosen."), tr("theme")},
        {kPresentOption, tr("Window: open in presentation mode (full screen, large type).")},
        {kPortOption, tr("serve: the port to listen on. Default: any free port."), tr("port")},
        {kCountOption,
         tr("bench sleepers and bench window: how many coroutines (default: 100000); run, "
            "compare and code: the size of the crowd scenario (default: %1).")
             .arg(CrowdScenario::kDefaultCount),
         tr("n")},
        {kSecondsOption,
         tr("bench sleepers: how long each sleeps. Default: 1. bench idle: how long the one "
            "sleep waits. Default: 10."),
         tr("seconds")},
        {kSpansOption, tr("bench paint: how many spans the recorded run has. Default: 100000."),
         tr("n")},
        {kLanesOption,
         tr("bench paint: spread the spans over this many lanes. Default: two spans a lane, "
            "as in a crowd."),
         tr("n")},
        {kWidthOption, tr("bench paint and bench window: the width of the view. Default: 1280."),
         tr("pixels")},
        {kHeightOption, tr("bench paint and bench window: the height of the view. Default: 800."),
         tr("pixels")},
        {kFramesOption, tr("bench paint: how many frames to paint. Default: 60."), tr("n")},
        {kTeachingOption,
         tr("bench window: with every teaching view on (the View menu's panels, flows and "
            "critical path).")},
        {kAsOption, tr("code: the language of the program, python (default) or cpp."),
         tr("language")},
        {kAsScenarioOption,
         tr("run PROGRAM.py: never run the program but convert it to a scenario (it must be "
            "plain: sleeps, awaits, gather, create_task, prints) and run that on the QCoro "
            "engine, in the mode its main() composes its tasks in unless --mode.")},
        {kNarrateOption,
         tr("run and compare: tell the event loop's story, one sentence per scheduling event "
            "with its time, instead of the printed lines.")},
        {kTimeLimitOption,
         tr("run and compare of a .py: stop the program after this many seconds of its own "
            "time (virtual or real). Default: 3600."),
         tr("seconds")},
        {kWallLimitOption,
         tr("run and compare of a .py: stop the program after this many seconds of wall time. "
            "Default: 60."),
         tr("seconds")},
        {kWithCpythonOption,
         tr("compare SCENARIO: run it in --mode on the app's QCoro engine and, under CPython, "
            "the Python program \"code\" writes for it (or PROGRAM.py when given), both on the "
            "virtual clock; list every difference in order or time (over 1 µs).")},
    });
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("run SCENARIO | compare SCENARIO | run PROGRAM.py | compare A.py B.py | compare "
           "SCENARIO [PROGRAM.py] --with-cpython | code SCENARIO | list | serve | bench sleepers | "
           "bench idle | bench paint | bench window; without a command the "
           "window opens"));
}

QString CommandLine::helpText() const
{
    // A parser made now, so that the options are described in the language installed since.
    const CommandLine described;
    return described.m_parser.helpText() + QLatin1Char('\n') +
           tr("Examples:\n"
              "  corokitchen run kitchen --mode gather\n"
              "  corokitchen compare kitchen --clock virtual --trace kitchen.json\n"
              "  corokitchen run my-scenario.json --mode bounded:2 --speed 10\n"
              "  corokitchen run crowd --count 100000 --clock virtual\n"
              "  corokitchen run blocking-call --mode gather --narrate\n"
              "  corokitchen run my_program.py --chart my_program.png\n"
              "  corokitchen compare one_by_one.py gathered.py --trace both.json\n"
              "  corokitchen compare kitchen --with-cpython --mode gather --chart both.png\n"
              "  corokitchen compare kitchen kitchen_gather.py --with-cpython --mode gather\n"
              "A .py program runs under the system's python3 (3.11 or newer) on the virtual "
              "clock unless --clock real; it prints its own lines and total. compare "
              "--with-cpython exits 0 when the two runs agree, 1 when they differ.\n");
}

std::optional<CliRequest> CommandLine::parse(const QStringList &arguments)
{
    m_refusal = nullptr;
    const bool parsed = m_parser.parse(arguments);
    findLanguage();
    if (!parsed) {
        fail([=, this] { return m_parser.errorText(); });
        return std::nullopt;
    }
    CliRequest request;
    request.tracePath = m_parser.value(kTraceOption);
    request.csvPath = m_parser.value(kCsvOption);
    request.jsonPath = m_parser.value(kJsonOption);
    if (m_parser.isSet(QStringLiteral("help"))) {
        request.command = CliRequest::Command::Help;
        return request;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        request.command = CliRequest::Command::Version;
        return request;
    }
    if (!parseCommand(m_parser.positionalArguments(), request) || !parseLanguage(request))
        return std::nullopt;
    if (request.command == CliRequest::Command::Gui)
        return parseGuiOptions(request) ? std::optional(request) : std::nullopt;
    if (m_parser.isSet(kThemeOption)) {
        fail([] { return tr("--theme is for the window"); });
        return std::nullopt;
    }
    if (m_parser.isSet(kScenarioOption) || m_parser.isSet(kAutorunOption) ||
        m_parser.isSet(kPresentOption)) {
        fail([=, this] {
            return tr("--scenario, --autorun and --present are for the window; %1 takes the "
                      "scenario as its argument")
                .arg(m_parser.positionalArguments().first());
        });
        return std::nullopt;
    }
    request.narrate = m_parser.isSet(kNarrateOption);
    if (request.narrate && request.command != CliRequest::Command::Run &&
        request.command != CliRequest::Command::Compare) {
        fail([] { return tr("--narrate is for run and compare"); });
        return std::nullopt;
    }
    if (request.command == CliRequest::Command::Serve)
        return parsePort(request) ? std::optional(request) : std::nullopt;
    if (request.command == CliRequest::Command::BenchSleepers ||
        request.command == CliRequest::Command::BenchPaint ||
        request.command == CliRequest::Command::BenchWindow ||
        request.command == CliRequest::Command::BenchIdle)
        return request;
    if (!parseCrowdCount(request))
        return std::nullopt;
    if (m_parser.isSet(kPortOption)) {
        fail([=] { return tr("--port is for serve"); });
        return std::nullopt;
    }
    if (!parseProgramOptions(request) || !parseModes(request) || !parseClock(request) ||
        !parseChart(request) || !parseWithCpython(request))
        return std::nullopt;
    // A program's own times, exact and at once, unless the real clock is asked for.
    if ((!request.programs.isEmpty() || request.asScenario) && !m_parser.isSet(kClockOption))
        request.virtualClock = true;
    if (request.command != CliRequest::Command::Code && m_parser.isSet(kAsOption)) {
        fail([=] { return tr("--as is for code"); });
        return std::nullopt;
    }
    if (request.command == CliRequest::Command::Code && m_parser.isSet(kAsOption)) {
        request.codeAs = m_parser.value(kAsOption);
        if (request.codeAs != QLatin1String("python") && request.codeAs != QLatin1String("cpp")) {
            fail([as = request.codeAs] {
                return tr("--as %1: expected python or cpp").arg(shown(as));
            });
            return std::nullopt;
        }
    }
    return request;
}

bool CommandLine::parseGuiOptions(CliRequest &request)
{
    for (const QString &option :
         {kModesOption, kClockOption, kSpeedOption, kTraceOption, kCsvOption, kJsonOption,
          kChartOption, kFlowsOption, kCriticalPathOption, kNarrateOption, kWithCpythonOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 needs a command: run or compare").arg(option); });
    }
    if (m_parser.isSet(kPortOption))
        return fail([] { return tr("--port is for serve"); });
    if (m_parser.isSet(kAsOption))
        return fail([] { return tr("--as is for code"); });
    request.scenario = m_parser.value(kScenarioOption);
    if (!parseCrowdCount(request)) // the window opens `--scenario crowd --count N` too
        return false;
    request.autorun = m_parser.isSet(kAutorunOption);
    request.theme = m_parser.value(kThemeOption);
    if (m_parser.isSet(kThemeOption) && !AppTheme::parse(request.theme))
        return fail([theme = request.theme] {
            return tr("unknown theme \"%1\" (expected system, light or dark)").arg(shown(theme));
        });
    request.present = m_parser.isSet(kPresentOption);
    request.guiMode = m_parser.value(kModeOption);
    if (!request.guiMode.isEmpty() && request.guiMode != QLatin1String("compare") &&
        !Strategy::parse(request.guiMode))
        return fail([mode = request.guiMode] {
            return tr("unknown mode \"%1\" (expected %2, or compare)")
                .arg(shown(mode), Strategy::usage());
        });
    return true;
}

bool CommandLine::parseBench(const QStringList &positional, CliRequest &request)
{
    if (positional.size() == 2 && positional[1] == QLatin1String("paint"))
        return parsePaintBench(request);
    if (positional.size() == 2 && positional[1] == QLatin1String("window"))
        return parseWindowBench(request);
    const bool idle = positional.size() == 2 && positional[1] == QLatin1String("idle");
    if (!idle && (positional.size() != 2 || positional[1] != QLatin1String("sleepers")))
        return fail([=] {
            return tr("bench: expected \"bench sleepers [--count N] [--seconds S]\", \"bench "
                      "idle [--seconds S]\", \"bench paint [--spans N] [--width W]\" or \"bench "
                      "window [--count N] [--speed X] [--teaching]\"");
        });
    for (const QString &option :
         {kSpansOption, kLanesOption, kWidthOption, kHeightOption, kFramesOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 is for bench paint").arg(option); });
    }
    if (m_parser.isSet(kTeachingOption))
        return fail([] { return tr("--teaching is for bench window"); });
    if (idle && m_parser.isSet(kCountOption))
        return fail([] { return tr("--count is for bench sleepers"); });
    request.command = idle ? CliRequest::Command::BenchIdle : CliRequest::Command::BenchSleepers;
    if (idle)
        request.benchSeconds = 10;
    bool ok = true;
    if (m_parser.isSet(kCountOption))
        request.count = m_parser.value(kCountOption).toInt(&ok);
    if (!ok || request.count < 0 || request.count > 10'000'000)
        return fail([=] { return tr("--count must be a whole number from 0 to 10000000"); });
    if (m_parser.isSet(kSecondsOption))
        request.benchSeconds = m_parser.value(kSecondsOption).toDouble(&ok);
    if (!ok || !std::isfinite(request.benchSeconds) || request.benchSeconds < 0 ||
        request.benchSeconds > 3600)
        return fail([=] { return tr("--seconds must be a number from 0 to 3600"); });
    return true;
}

bool CommandLine::parsePaintBench(CliRequest &request)
{
    request.command = CliRequest::Command::BenchPaint;
    if (m_parser.isSet(kTeachingOption))
        return fail([] { return tr("--teaching is for bench window"); });
    for (const QString &option : {kCountOption, kSecondsOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 is for bench sleepers").arg(option); });
    }
    PaintBench::Options &paint = request.paint;
    return parseWhole(kSpansOption, 1, 2 * CrowdScenario::kMaxCount, &paint.spans) &&
           parseWhole(kLanesOption, 1, 100000, &paint.lanes) &&
           parseWhole(kWidthOption, 100, 10000, &paint.width) &&
           parseWhole(kHeightOption, 100, 10000, &paint.height) &&
           parseWhole(kFramesOption, 1, 100000, &paint.frames);
}

bool CommandLine::parseWindowBench(CliRequest &request)
{
    request.command = CliRequest::Command::BenchWindow;
    for (const QString &option : {kSecondsOption, kSpansOption, kLanesOption, kFramesOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 is not for bench window").arg(option); });
    }
    WindowBench::Options &window = request.window;
    window.teaching = m_parser.isSet(kTeachingOption);
    if (!parseWhole(kCountOption, 1, CrowdScenario::kMaxCount, &window.count) ||
        !parseWhole(kWidthOption, 640, 10000, &window.width) ||
        !parseWhole(kHeightOption, 480, 10000, &window.height))
        return false;
    return parseClockAndSpeed(RunController::kMinSpeed, RunController::kMaxSpeed, &window.instant,
                              &window.speed);
}

bool CommandLine::parseWhole(const QString &option, int lowest, int highest, int *value)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = m_parser.value(option).toInt(&ok);
    if (!ok || parsed < lowest || parsed > highest)
        return fail([=, this] {
            return tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                .arg(option)
                .arg(lowest)
                .arg(highest)
                .arg(shown(m_parser.value(option)));
        });
    *value = parsed;
    return true;
}

bool CommandLine::parseCrowdCount(CliRequest &request)
{
    for (const QString &option : {kSecondsOption, kSpansOption, kLanesOption, kWidthOption,
                                  kHeightOption, kFramesOption, kTeachingOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 is for bench").arg(option); });
    }
    if (!m_parser.isSet(kCountOption))
        return true;
    if (request.scenario != QLatin1String("crowd"))
        return fail([=] {
            return tr("--count is for bench sleepers and the crowd scenario (as in \"run crowd "
                      "--count 100000\")");
        });
    int count = 0;
    if (!parseWhole(kCountOption, 1, CrowdScenario::kMaxCount, &count))
        return false;
    request.scenario = CrowdScenario::idFor(count);
    return true;
}

bool CommandLine::parsePort(CliRequest &request)
{
    if (!m_parser.isSet(kPortOption))
        return true;
    bool ok = false;
    const uint port = m_parser.value(kPortOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail([=, this] {
            return tr("--port must be a number from 0 to 65535, not \"%1\"")
                .arg(shown(m_parser.value(kPortOption)));
        });
    request.port = quint16(port);
    return true;
}

bool CommandLine::parseChart(CliRequest &request)
{
    request.chartPath = m_parser.value(kChartOption);
    request.chartFlows = m_parser.isSet(kFlowsOption);
    request.chartCriticalPath = m_parser.isSet(kCriticalPathOption);
    if ((request.chartFlows || request.chartCriticalPath) && request.chartPath.isEmpty()) {
        return fail([option = request.chartFlows ? kFlowsOption : kCriticalPathOption] {
            return tr("--%1 draws on the chart: give --chart FILE too").arg(option);
        });
    }
    const QString suffix = request.chartPath.section(QLatin1Char('.'), -1).toLower();
    if (request.chartPath.isEmpty() || suffix == QLatin1String("png") ||
        suffix == QLatin1String("svg") || suffix == QLatin1String("pdf"))
        return true;
    return fail([path = request.chartPath, suffix] {
        return tr("--chart %1: unknown chart format \"%2\" (expected png, svg or pdf)")
            .arg(path, suffix);
    });
}

bool CommandLine::parseCommand(const QStringList &positional, CliRequest &request)
{
    if (positional.isEmpty())
        return true; // the window
    const QString command = positional.first();
    const bool needsScenario = command == QLatin1String("run") ||
                               command == QLatin1String("compare") ||
                               command == QLatin1String("code");
    if (command == QLatin1String("list"))
        request.command = CliRequest::Command::List;
    else if (command == QLatin1String("serve"))
        request.command = CliRequest::Command::Serve;
    else if (command == QLatin1String("bench"))
        return parseBench(positional, request);
    else if (command == QLatin1String("run"))
        request.command = CliRequest::Command::Run;
    else if (command == QLatin1String("compare"))
        request.command = CliRequest::Command::Compare;
    else if (command == QLatin1String("code"))
        request.command = CliRequest::Command::Code;
    else
        return fail([=] {
            return tr("unknown command \"%1\" (expected run, compare, code, list, serve or bench)")
                .arg(shown(command));
        });
    if (needsScenario && positional.size() < 2)
        return fail(
            [=] { return tr("%1: which scenario? Give a built-in id or a file").arg(command); });
    if (m_parser.isSet(kWithCpythonOption))
        return parseCpythonCheck(positional, request);
    if (request.command == CliRequest::Command::Compare && positional.size() == 3 &&
        isProgram(positional.at(1)) && isProgram(positional.at(2))) {
        request.programs = positional.mid(1);
        request.scenario = positional.at(1);
        return true;
    }
    if (positional.size() > (needsScenario ? 2 : 1))
        return fail([=] {
            return tr("%1: unexpected argument \"%2\"").arg(command, shown(positional.last()));
        });
    if (needsScenario)
        request.scenario = positional.at(1);
    if (isProgram(request.scenario) && request.command == CliRequest::Command::Run)
        request.programs = QStringList{request.scenario};
    else if (isProgram(request.scenario) && request.command == CliRequest::Command::Compare)
        return fail(
            [] { return tr("compare: give two .py programs, as in \"compare a.py b.py\""); });
    else if (isProgram(request.scenario))
        return fail([=] { return tr("%1 takes a scenario, not a .py program").arg(command); });
    return true;
}

bool CommandLine::parseCpythonCheck(const QStringList &positional, CliRequest &request)
{
    request.withCpython = true;
    if (request.command != CliRequest::Command::Compare)
        return fail([] { return tr("--with-cpython is for compare"); });
    if (isProgram(positional.at(1)))
        return fail([] {
            return tr("compare --with-cpython: give the scenario first, then the program, as in "
                      "\"compare kitchen kitchen_gather.py --with-cpython\"");
        });
    if (positional.size() > 3 || (positional.size() == 3 && !isProgram(positional.at(2))))
        return fail([=] {
            return tr("%1: unexpected argument \"%2\"")
                .arg(positional.first(), shown(positional.last()));
        });
    request.scenario = positional.at(1);
    if (positional.size() == 3)
        request.cpythonProgram = positional.at(2);
    return true;
}

bool CommandLine::parseWithCpython(CliRequest &request)
{
    if (!request.withCpython)
        return true;
    for (const QString &option : {kSpeedOption, kNarrateOption}) {
        if (m_parser.isSet(option))
            return fail([=] { return tr("--%1 is not for compare --with-cpython").arg(option); });
    }
    if (m_parser.isSet(kClockOption) && !request.virtualClock)
        return fail([] { return tr("compare --with-cpython runs on the virtual clock only"); });
    request.virtualClock = true;
    return true;
}

bool CommandLine::isProgram(const QString &argument)
{
    return argument.endsWith(QLatin1String(".py"), Qt::CaseInsensitive);
}

bool CommandLine::parseProgramOptions(CliRequest &request)
{
    request.modeGiven = m_parser.isSet(kModeOption);
    if (m_parser.isSet(kAsScenarioOption)) {
        if (request.command != CliRequest::Command::Run || request.programs.size() != 1)
            return fail([] { return tr("--as-scenario is for run PROGRAM.py"); });
        request.asScenario = true;
        request.programs.clear(); // run as the scenario it converts to
        return true;
    }
    if (request.programs.isEmpty()) {
        for (const QString &option : {kTimeLimitOption, kWallLimitOption}) {
            if (m_parser.isSet(option))
                return fail([=] { return tr("--%1 is for a .py program").arg(option); });
        }
        return true;
    }
    if (!parseLimit(kTimeLimitOption, &request.timeLimitSeconds) ||
        !parseLimit(kWallLimitOption, &request.wallLimitSeconds))
        return false;
    for (const QString &option : {kSpeedOption, kModeOption, kModesOption}) {
        if (m_parser.isSet(option))
            return fail([=] {
                return tr("--%1 is for scenarios: a .py program runs as it is written").arg(option);
            });
    }
    return true;
}

bool CommandLine::parseLimit(const QString &option, int *seconds)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > kMaxLimitSeconds)
        return fail([=, text = m_parser.value(option)] {
            return tr("--%1 %2: expected a whole number of seconds from 1 to %3")
                .arg(option, shown(text))
                .arg(kMaxLimitSeconds);
        });
    *seconds = value;
    return true;
}

bool CommandLine::parseModes(CliRequest &request)
{
    QStringList names{m_parser.isSet(kModeOption) ? m_parser.value(kModeOption)
                                                  : QStringLiteral("gather")};
    if (request.command == CliRequest::Command::Compare && request.withCpython) {
        if (m_parser.isSet(kModesOption))
            return fail([=] { return tr("compare --with-cpython takes --mode, not --modes"); });
    } else if (request.command == CliRequest::Command::Compare) {
        if (m_parser.isSet(kModeOption))
            return fail([=] { return tr("compare takes --modes a,b, not --mode"); });
        names = m_parser.isSet(kModesOption)
                    ? m_parser.value(kModesOption).split(QLatin1Char(','))
                    : QStringList{QStringLiteral("sequential"), QStringLiteral("gather")};
        if (names.size() != 2)
            return fail(
                [=] { return tr("--modes takes exactly two modes, such as sequential,gather"); });
    } else if (m_parser.isSet(kModesOption)) {
        return fail([=] { return tr("--modes is for compare; run takes --mode"); });
    }
    for (const QString &name : names) {
        const auto strategy = Strategy::parse(name.trimmed());
        if (!strategy)
            return fail([=] {
                return tr("unknown mode \"%1\" (expected %2)").arg(shown(name), Strategy::usage());
            });
        request.modes.push_back(*strategy);
    }
    return true;
}

bool CommandLine::parseClock(CliRequest &request)
{
    return parseClockAndSpeed(kMinSpeed, kMaxSpeed, &request.virtualClock, &request.speed);
}

bool CommandLine::parseClockAndSpeed(double lowest, double highest, bool *virtualClock,
                                     double *speed)
{
    const QString clock = m_parser.value(kClockOption);
    if (!clock.isEmpty() && clock != QLatin1String("real") && clock != QLatin1String("virtual"))
        return fail([=] {
            return tr("unknown clock \"%1\" (expected real or virtual)").arg(shown(clock));
        });
    *virtualClock = clock == QLatin1String("virtual");
    if (!m_parser.isSet(kSpeedOption))
        return true;
    bool ok = false;
    *speed = m_parser.value(kSpeedOption).toDouble(&ok);
    if (!ok || !std::isfinite(*speed) || *speed < lowest || *speed > highest)
        return fail([=, this] {
            return tr("--speed must be a number from %1 to %2, not \"%3\"")
                .arg(lowest)
                .arg(highest)
                .arg(shown(m_parser.value(kSpeedOption)));
        });
    return true;
}

bool CommandLine::parseLanguage(CliRequest &request)
{
    const QString lang = m_parser.value(kLangOption);
    if (lang.isEmpty()) {
        request.language = Translations::systemLanguage();
        return true;
    }
    if (lang != QLatin1String("en") && lang != QLatin1String("ko"))
        return fail(
            [=] { return tr("unknown language \"%1\" (expected en or ko)").arg(shown(lang)); });
    request.languageGiven = true;
    request.language = lang == QLatin1String("ko") ? Language::Korean : Language::English;
    return true;
}

bool CommandLine::fail(std::function<QString()> message)
{
    m_refusal = std::move(message);
    return false;
}

QString CommandLine::error() const
{
    return m_refusal ? m_refusal() : QString();
}

Language CommandLine::language() const
{
    return m_language;
}

void CommandLine::findLanguage()
{
    // Read even when the parse failed, so that the refusal speaks the language asked for.
    const QString lang = m_parser.value(kLangOption);
    if (lang == QLatin1String("ko") || lang == QLatin1String("en"))
        m_language = lang == QLatin1String("ko") ? Language::Korean : Language::English;
    else
        m_language = Translations::systemLanguage();
}

} // namespace ck
