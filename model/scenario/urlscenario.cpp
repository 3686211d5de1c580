#include "urlscenario.h"

#include "scenariofault.h"
#include "scenarioloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace ck {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QJsonObject text(const QString &english, const QString &korean)
{
    return {{QStringLiteral("en"), english}, {QStringLiteral("ko"), korean}};
}

QJsonObject log(const QString &english, const QString &korean)
{
    return {{QStringLiteral("log"), text(english, korean)}};
}

QJsonObject task(int number, const QString &url)
{
    const QString name = UrlScenario::shortName(url);
    // A failed download raises (ConnectionError, TimeoutError: both OSError), which would end
    // main() and cancel the other downloads: each task catches its own, so that every URL is
    // tried to its end.
    const QJsonArray tried{
        QJsonObject{{QStringLiteral("download"), QJsonObject{{QStringLiteral("url"), url}}}},
        log(name + QStringLiteral(": done"), name + QStringLiteral(": 완료"))};
    const QJsonObject failed{
        {QStringLiteral("type"), QStringLiteral("OSError")},
        {QStringLiteral("steps"),
         QJsonArray{log(name + QStringLiteral(": failed"), name + QStringLiteral(": 실패"))}}};
    const QJsonArray steps{
        log(name + QStringLiteral(": request sent"), name + QStringLiteral(": 요청 보냄")),
        QJsonObject{
            {QStringLiteral("try"), QJsonObject{{QStringLiteral("steps"), tried},
                                                {QStringLiteral("except"), QJsonArray{failed}}}}}};
    return {{QStringLiteral("name"), QStringLiteral("get_%1").arg(number)},
            {QStringLiteral("steps"), steps}};
}

QByteArray scenarioJson(const QStringList &urls)
{
    QJsonArray tasks;
    for (qsizetype i = 0; i < urls.size(); ++i)
        tasks.append(task(int(i) + 1, urls[i]));
    const QString count = QString::number(urls.size());
    // Both languages at once, like the built-in scenarios: the window switches between them.
    const QString english =
        urls.size() == 1 ? QStringLiteral("1 download") : QStringLiteral("%1 downloads").arg(count);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("corokitchen-scenario/1")},
        {QStringLiteral("id"), QStringLiteral("urls")},
        {QStringLiteral("title"), text(english, QStringLiteral("%1개 다운로드").arg(count))},
        {QStringLiteral("tasks"), tasks}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

ScenarioLoadResult UrlScenario::fromUrls(const QString &text)
{
    QStringList urls;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!isHttpUrl(line))
            return {std::nullopt, tr("line %1: %2 is not an http(s) URL")
                                      .arg(QString::number(i + 1), ScenarioFault::quote(line))};
        if (urls.size() == kMaxUrls)
            return {std::nullopt, tr("line %1: too many URLs (at most %2)")
                                      .arg(QString::number(i + 1), QString::number(kMaxUrls))};
        urls << line;
    }
    if (urls.isEmpty())
        return {std::nullopt, tr("no URLs: paste one http(s) URL per line")};
    return ScenarioLoader::fromJson(scenarioJson(urls), tr("pasted URLs"));
}

QString UrlScenario::shortName(const QString &url)
{
    const QUrl parsed(url);
    const QString file = parsed.fileName();
    return file.isEmpty() ? parsed.host() : file;
}

} // namespace ck
