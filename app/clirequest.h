#pragma once

#include "paintbench.h"
#include "run/strategy.h"
#include "scenario/language.h"
#include "windowbench.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ck {

// What the user asked the command line for, parsed and checked.
struct CliRequest
{
    enum class Command {
        Gui,
        Help,
        Version,
        List,
        Run,
        Compare,
        Serve,
        BenchSleepers,
        BenchPaint,
        BenchWindow,
        BenchIdle,
        Code
    };

    Command command = Command::Gui;
    QString scenario; // built-in id or file path (window: empty = the last one)
    // run, compare: the Python programs (.py) to run instead of a scenario, one or two.
    QStringList programs;
    int timeLimitSeconds = 3600; // a program's own time it may run (--time-limit)
    int wallLimitSeconds = 60;   // the wall time it may run (--wall-limit)
    bool asScenario = false;     // run PROGRAM.py --as-scenario: the program converted, not run
    bool modeGiven = false;      // --mode was on the command line
    QString guiMode;             // window --mode: a mode name or "compare"; empty = the last one
    bool autorun = false;        // window: start running at once
    QString theme;               // window --theme: "system", "light", "dark"; empty = the last
    bool present = false;        // window: open in presentation mode
    std::vector<Strategy> modes; // one for run, two for compare
    bool virtualClock = false;
    bool narrate = false; // run, compare: print the loop's story instead of the printed lines
    // compare --with-cpython: the app's run of the scenario against CPython's run of the
    // program `code` writes for it, or of cpythonProgram when one is given.
    bool withCpython = false;
    QString cpythonProgram;
    double speed = 1.0;
    Language language = Language::English;
    bool languageGiven = false; // --lang was on the command line
    QString tracePath;
    QString csvPath;
    QString jsonPath;
    QString chartPath;                         // .png, .svg or .pdf
    bool chartFlows = false;                   // --flows: who woke whom on the chart
    bool chartCriticalPath = false;            // --critical-path: on the chart
    quint16 port = 0;                          // serve: 0 = ephemeral
    QString codeAs = QStringLiteral("python"); // code: the programming language
    int count = 100000;                        // bench sleepers
    double benchSeconds = 1.0;                 // bench sleepers (bench idle: 10 when not given)
    PaintBench::Options paint;                 // bench paint
    WindowBench::Options window;               // bench window
};

} // namespace ck
