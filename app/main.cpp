#include "appidentity.h"
#include "cliapp.h"
#include "commandline.h"
#include "translations.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <malloc.h>

namespace {

using Command = ck::CliRequest::Command;

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// `--chart` and `bench paint` paint offscreen, which takes a QGuiApplication.
bool drawsCharts(const std::optional<ck::CliRequest> &request)
{
    return request && (!request->chartPath.isEmpty() || request->command == Command::BenchPaint);
}

void paintOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runHeadless(const ck::CommandLine &commandLine, const std::optional<ck::CliRequest> &request)
{
    ck::AppIdentity::apply();
    ck::Translations translations;
    translations.install(commandLine.language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    ck::CliApp cli(out, err);
    return cli.exec(commandLine, request);
}

} // namespace

int main(int argc, char *argv[])
{
    // A crowd allocates a million coroutine frames: glibc would extend the heap a thousand
    // times in small steps (15 ms at a million sleepers here); 64 MB steps cost only address
    // space, since untouched pages are never faulted in.
    mallopt(M_TOP_PAD, 64 << 20);
    // The command line is parsed once, here, before the application exists: what it asks for
    // decides which application that is.
    ck::CommandLine commandLine;
    const std::optional<ck::CliRequest> request = commandLine.parse(argumentsOf(argc, argv));
    if (request && request->command == Command::Gui)
        return ck::WindowLauncher::exec(argc, argv, *request);
    if (request && request->command == Command::BenchWindow) {
        paintOffscreen(); // the window, with no display needed
        QApplication app(argc, argv);
        return runHeadless(commandLine, request);
    }
    if (drawsCharts(request)) {
        // Charts are painted offscreen: no display needed for `run ... --chart k.png`.
        paintOffscreen();
        QGuiApplication app(argc, argv);
        return runHeadless(commandLine, request);
    }
    QCoreApplication app(argc, argv);
    return runHeadless(commandLine, request);
}
