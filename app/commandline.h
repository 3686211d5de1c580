#pragma once

#include "clirequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

namespace ck {

// Parses `corokitchen <command> [options]`. A refusal is one line for stderr (exit code 2).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // The one parse of the command line, made before any QCoreApplication exists: what it finds
    // chooses the application (window, offscreen painting or headless), the translations and
    // the command. A refusal's words are made by error(), once the translations are installed.
    std::optional<CliRequest> parse(const QStringList &arguments);
    QString error() const;
    // --lang, else the system's; known even when the parse failed.
    Language language() const;
    QString helpText() const;

private:
    bool parseCommand(const QStringList &positional, CliRequest &request);
    // compare SCENARIO [PROGRAM.py] --with-cpython: the scenario and the program.
    bool parseCpythonCheck(const QStringList &positional, CliRequest &request);
    // The options compare --with-cpython refuses; it runs on the virtual clock.
    bool parseWithCpython(CliRequest &request);
    // A .py program is run by python3 rather than loaded as a scenario.
    static bool isProgram(const QString &argument);
    // run and compare of .py programs take no --speed, --mode or --modes.
    bool parseProgramOptions(CliRequest &request);
    // --time-limit or --wall-limit into `seconds`, when given (1 s to a week).
    bool parseLimit(const QString &option, int *seconds);
    static constexpr int kMaxLimitSeconds = 7 * 24 * 3600;
    bool parseModes(CliRequest &request);
    bool parseGuiOptions(CliRequest &request);
    bool parseChart(CliRequest &request);
    bool parsePort(CliRequest &request);
    bool parseBench(const QStringList &positional, CliRequest &request);
    bool parsePaintBench(CliRequest &request);
    bool parseWindowBench(CliRequest &request);
    // --clock and --speed, the speed from `lowest` to `highest`.
    bool parseClockAndSpeed(double lowest, double highest, bool *virtualClock, double *speed);
    // `--count N` after `run crowd` (and compare, code): the scenario crowd:N.
    bool parseCrowdCount(CliRequest &request);
    // The option's value into `value` when it is set: a whole number in [lowest, highest].
    bool parseWhole(const QString &option, int lowest, int highest, int *value);
    bool parseClock(CliRequest &request);
    bool parseLanguage(CliRequest &request);
    void findLanguage();
    bool fail(std::function<QString()> message);

    QCommandLineParser m_parser;
    std::function<QString()> m_refusal;
    Language m_language = Language::English;
};

} // namespace ck
