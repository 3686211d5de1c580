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

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

bool isBench(const QStringList &arguments, const QString &kind)
{
    const qsizetype bench = arguments.indexOf(QLatin1String("bench"));
    return bench > 0 && arguments.indexOf(kind) > bench;
}

// `--chart` and `bench paint` paint offscreen, which takes a QGuiApplication.
bool drawsCharts(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--chart") || argument.startsWith(QLatin1String("--chart=")))
            return true;
    }
    return isBench(arguments, QStringLiteral("paint"));
}

void paintOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runHeadless()
{
    ck::AppIdentity::apply();
    ck::Translations translations;
    translations.install(ck::Translations::fromArguments(QCoreApplication::arguments()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ck::CliApp cli(out, err);
    return cli.exec(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    // A crowd allocates a million coroutine frames: glibc would extend the heap a thousand
    // times in small steps (15 ms at a million sleepers here); 64 MB steps cost only address
    // space, since untouched pages are never faulted in.
    mallopt(M_TOP_PAD, 64 << 20);
    const QStringList arguments = argumentsOf(argc, argv);
    if (ck::CommandLine::opensWindow(arguments))
        return ck::WindowLauncher::exec(argc, argv, arguments);
    if (isBench(arguments, QStringLiteral("window"))) {
        paintOffscreen(); // the window, with no display needed
        QApplication app(argc, argv);
        return runHeadless();
    }
    if (drawsCharts(arguments)) {
        // Charts are painted offscreen: no display needed for `run ... --chart k.png`.
        paintOffscreen();
        QGuiApplication app(argc, argv);
        return runHeadless();
    }
    QCoreApplication app(argc, argv);
    return runHeadless();
}
