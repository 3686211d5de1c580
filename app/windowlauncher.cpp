#include "windowlauncher.h"

#include "appidentity.h"
#include "desktopidentity.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "theme/apptheme.h"
#include "translations.h"
#include "windowsettings.h"

#include <QApplication>
#include <QTextStream>

namespace ck {

int WindowLauncher::exec(int &argc, char **argv, const CliRequest &request)
{
    QTextStream err(stderr);
    if (!hasDisplay()) {
        err << tr("corokitchen: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                  "are empty). Try xvfb-run, or a headless command such as: corokitchen "
                  "compare kitchen --chart kitchen.png")
            << '\n';
        return 2;
    }
    QApplication app(argc, argv);
    AppIdentity::apply(); // before anything reads QSettings
    DesktopIdentity::apply();
    AppTheme::apply(AppTheme::startupTheme(request.theme));
    LaunchOptions options;
    options.scenario = request.scenario;
    options.mode = request.guiMode;
    options.autorun = request.autorun;
    options.present = request.present;
    if (request.languageGiven)
        options.language =
            request.language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    Translations translations;
    translations.install(WindowSettings::startupLanguage(options.language));
    MainWindow window(options);
    QObject::connect(&window, &MainWindow::languageChosen,
                     [&translations](Language language) { translations.install(language); });
    window.show();
    return app.exec();
}

bool WindowLauncher::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace ck
