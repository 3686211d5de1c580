#pragma once

#include "clirequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace ck {

// Parses `corokitchen <command> [options]`. A refusal is one line for stderr (exit code 2).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    std::optional<CliRequest> parse(const QStringList &arguments);
    // Whether these arguments open the window (no command) rather than a headless command;
    // decided before any QCoreApplication exists, so it only looks at the words.
    static bool opensWindow(const QStringList &arguments);
    const QString &error() const { return m_error; }
    QString helpText() const;

private:
    bool parseCommand(const QStringList &positional, CliRequest &request);
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
    bool fail(const QString &message);

    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace ck
