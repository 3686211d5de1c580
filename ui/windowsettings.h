#pragma once

#include "scenario/language.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <optional>

namespace ck {

// What the window remembers between sessions, with its defaults, over QSettings (so the
// organisation and application names set in main() decide where it lives).
class WindowSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString scenario() const; // built-in id or absolute file path; "kitchen" by default
    void setScenario(const QString &scenario);
    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first
    QString mode() const;                    // RunSelection::name(); "compare" by default
    void setMode(const QString &mode);
    int boundedLimit() const; // 2 by default
    void setBoundedLimit(int limit);
    double speed() const; // 1.0 by default
    void setSpeed(double speed);
    bool instant() const;
    void setInstant(bool instant);
    QString exportFolder() const; // the Documents folder by default
    void setExportFolder(const QString &folder);
    // View > Flows and View > Critical Path, both off by default.
    bool flowsShown() const;
    void setFlowsShown(bool shown);
    bool criticalPathShown() const;
    void setCriticalPathShown(bool shown);
    double chartScale() const; // PNG device pixel ratio, 2 by default
    void setChartScale(double scale);
    // The SHA-256 of a Python program's content the user agreed to run at `path`, or empty.
    QByteArray trustedProgram(const QString &path) const;
    void setTrustedProgram(const QString &path, const QByteArray &sha256);
    int programWallLimit() const; // seconds of wall time a program may run, 60 by default
    void setProgramWallLimit(int seconds);
    // seconds of its own time (virtual or real) a program may run, 3600 by default
    int programTimeLimit() const;
    static constexpr int kMaxProgramTimeLimit = 7 * 24 * 3600; // a week of virtual time
    void setProgramTimeLimit(int seconds);
    std::optional<Language> language() const; // only what the user chose in the menu
    void setLanguage(Language language);
    QString theme() const; // AppTheme::name(): "system" by default, "light" or "dark"
    void setTheme(const QString &theme);

    // The language to start in: `requested` ("en"/"ko") if given, else the stored choice, else
    // Korean for a Korean system locale and English otherwise.
    static Language startupLanguage(const QString &requested = {});

private:
    static QString trustedProgramKey(const QString &path); // one key per path, hashed
    QSettings m_settings;
};

} // namespace ck
