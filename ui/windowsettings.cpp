#include "windowsettings.h"

#include "settingswriter.h"

#include <QCryptographicHash>
#include <algorithm>

#include <QLocale>
#include <QStandardPaths>

namespace ck {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kScenario = QStringLiteral("run/scenario");
const QString kRecentFiles = QStringLiteral("run/recentFiles");
const QString kMode = QStringLiteral("run/mode");
const QString kBoundedLimit = QStringLiteral("run/boundedLimit");
const QString kSpeed = QStringLiteral("run/speed");
const QString kInstant = QStringLiteral("run/instant");
const QString kExportFolder = QStringLiteral("export/folder");
const QString kChartScale = QStringLiteral("export/chartScale");
const QString kFlowsShown = QStringLiteral("view/flows");
const QString kCriticalPathShown = QStringLiteral("view/criticalPath");
// python/trusted/<SHA-256 of the path> = SHA-256 of the content, both in hex
const QString kTrustedPrograms = QStringLiteral("python/trusted/");
const QString kProgramWallLimit = QStringLiteral("python/wallLimit");
const QString kProgramTimeLimit = QStringLiteral("python/timeLimit");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");

} // namespace

QByteArray WindowSettings::geometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    SettingsWriter::setValue(kGeometry, geometry);
}

QByteArray WindowSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void WindowSettings::setWindowState(const QByteArray &state)
{
    SettingsWriter::setValue(kWindowState, state);
}

QString WindowSettings::scenario() const
{
    return m_settings.value(kScenario, QStringLiteral("kitchen")).toString();
}

void WindowSettings::setScenario(const QString &scenario)
{
    SettingsWriter::setValue(kScenario, scenario);
}

QStringList WindowSettings::recentFiles() const
{
    return m_settings.value(kRecentFiles).toStringList();
}

void WindowSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    SettingsWriter::setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

QString WindowSettings::mode() const
{
    return m_settings.value(kMode, QStringLiteral("compare")).toString();
}

void WindowSettings::setMode(const QString &mode)
{
    SettingsWriter::setValue(kMode, mode);
}

int WindowSettings::boundedLimit() const
{
    return m_settings.value(kBoundedLimit, 2).toInt();
}

void WindowSettings::setBoundedLimit(int limit)
{
    SettingsWriter::setValue(kBoundedLimit, limit);
}

double WindowSettings::speed() const
{
    return m_settings.value(kSpeed, 1.0).toDouble();
}

void WindowSettings::setSpeed(double speed)
{
    SettingsWriter::setValue(kSpeed, speed);
}

bool WindowSettings::instant() const
{
    return m_settings.value(kInstant, false).toBool();
}

void WindowSettings::setInstant(bool instant)
{
    SettingsWriter::setValue(kInstant, instant);
}

QString WindowSettings::exportFolder() const
{
    return m_settings
        .value(kExportFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void WindowSettings::setExportFolder(const QString &folder)
{
    SettingsWriter::setValue(kExportFolder, folder);
}

bool WindowSettings::flowsShown() const
{
    return m_settings.value(kFlowsShown, false).toBool();
}

void WindowSettings::setFlowsShown(bool shown)
{
    SettingsWriter::setValue(kFlowsShown, shown);
}

bool WindowSettings::criticalPathShown() const
{
    return m_settings.value(kCriticalPathShown, false).toBool();
}

void WindowSettings::setCriticalPathShown(bool shown)
{
    SettingsWriter::setValue(kCriticalPathShown, shown);
}

double WindowSettings::chartScale() const
{
    return m_settings.value(kChartScale, 2.0).toDouble();
}

void WindowSettings::setChartScale(double scale)
{
    SettingsWriter::setValue(kChartScale, scale);
}

QString WindowSettings::trustedProgramKey(const QString &path)
{
    return kTrustedPrograms +
           QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray WindowSettings::trustedProgram(const QString &path) const
{
    return QByteArray::fromHex(m_settings.value(trustedProgramKey(path)).toByteArray());
}

void WindowSettings::setTrustedProgram(const QString &path, const QByteArray &sha256)
{
    SettingsWriter::setValue(trustedProgramKey(path), QString::fromLatin1(sha256.toHex()));
}

int WindowSettings::programWallLimit() const
{
    return std::clamp(m_settings.value(kProgramWallLimit, 60).toInt(), 1, 3600);
}

void WindowSettings::setProgramWallLimit(int seconds)
{
    SettingsWriter::setValue(kProgramWallLimit, seconds);
}

int WindowSettings::programTimeLimit() const
{
    return std::clamp(m_settings.value(kProgramTimeLimit, 3600).toInt(), 1, kMaxProgramTimeLimit);
}

void WindowSettings::setProgramTimeLimit(int seconds)
{
    SettingsWriter::setValue(kProgramTimeLimit, seconds);
}

std::optional<Language> WindowSettings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    if (code == QLatin1String("ko"))
        return Language::Korean;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

void WindowSettings::setLanguage(Language language)
{
    SettingsWriter::setValue(kLanguage, language == Language::Korean ? QStringLiteral("ko")
                                                                     : QStringLiteral("en"));
}

QString WindowSettings::theme() const
{
    return m_settings.value(kTheme, QStringLiteral("system")).toString();
}

void WindowSettings::setTheme(const QString &theme)
{
    SettingsWriter::setValue(kTheme, theme);
}

Language WindowSettings::startupLanguage(const QString &requested)
{
    if (requested == QLatin1String("ko"))
        return Language::Korean;
    if (requested == QLatin1String("en"))
        return Language::English;
    if (const auto stored = WindowSettings().language())
        return *stored;
    return QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
}

} // namespace ck
