#include "downloadstepparser.h"

#include "scenarioduration.h"
#include "scenariofault.h"
#include "scenariolimits.h"

#include <QUrl>
#include <cmath>

namespace ck {

namespace {

const QStringList kKeys{
    QStringLiteral("url"),     QStringLiteral("bytes"), QStringLiteral("rate"),
    QStringLiteral("latency"), QStringLiteral("chunk"), QStringLiteral("drop_after"),
    QStringLiteral("timeout"), QStringLiteral("each"),  QStringLiteral("max_bytes")};
const QStringList kEmbeddedOnly{QStringLiteral("rate"), QStringLiteral("latency"),
                                QStringLiteral("chunk"), QStringLiteral("drop_after")};

constexpr qint64 kMaxBytes = qint64(1) << 30; // what the loopback server serves at most
constexpr qint64 kMaxChunk = qint64(1) << 20;

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

bool DownloadStepParser::parse(const QJsonValue &value, Step &step, QString &fault, QString &key)
{
    if (!value.isObject()) {
        fault = tr("\"download\" must be an object such as {\"url\": \"https://...\"} or "
                   "{\"bytes\": 100000, \"rate\": 50000}");
        return false;
    }
    DownloadStepParser parser(value.toObject());
    auto spec = std::make_shared<DownloadSpec>();
    step.kind = Step::Kind::Download;
    const bool ok = parser.readSource(*spec) && parser.readPacing(*spec) &&
                    parser.readSeconds(QStringLiteral("timeout"), 0.001, spec->timeout) &&
                    parser.readEach(step);
    step.download = std::move(spec);
    fault = parser.m_fault;
    key = parser.m_key;
    return ok;
}

bool DownloadStepParser::readSource(DownloadSpec &spec)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!kKeys.contains(it.key()))
            // At the download, not at the key: the key is the user's text, quoted and shortened.
            return fail({},
                        tr("unknown key %1 (expected %2)")
                            .arg(ScenarioFault::quote(it.key()), kKeys.join(QStringLiteral(", "))));
    }
    const bool hasUrl = m_object.contains(QStringLiteral("url"));
    if (hasUrl == m_object.contains(QStringLiteral("bytes")))
        return fail({}, tr("a download needs exactly one of \"url\" and \"bytes\""));
    if (!hasUrl) {
        if (m_object.contains(QStringLiteral("max_bytes")))
            return fail(QStringLiteral("max_bytes"),
                        tr("\"max_bytes\" goes with \"url\", not with \"bytes\""));
        return readCount(QStringLiteral("bytes"), 0, kMaxBytes, spec.bytes);
    }
    spec.url = m_object.value(QStringLiteral("url")).toString();
    if (!DownloadSpec::isServerPath(spec.url) && !isHttpUrl(spec.url))
        return fail(QStringLiteral("url"),
                    tr("\"url\" must be an http(s) URL, or a path on the embedded server such "
                       "as \"/bytes/1000\""));
    for (const QString &key : kEmbeddedOnly) {
        if (m_object.contains(key))
            return fail(key, tr("\"%1\" goes with \"bytes\", not with \"url\"").arg(key));
    }
    return readCount(QStringLiteral("max_bytes"), 1, DownloadSpec::kMaxMaxBytes, spec.maxBytes);
}

bool DownloadStepParser::readPacing(DownloadSpec &spec)
{
    if (!spec.isEmbedded())
        return true;
    const QJsonValue rate = m_object.value(QStringLiteral("rate"));
    if (!rate.isUndefined() && (!rate.isDouble() || !std::isfinite(rate.toDouble()) ||
                                rate.toDouble() < 0 || rate.toDouble() > double(kMaxBytes)))
        return fail(QStringLiteral("rate"),
                    tr("\"rate\" must be a number of bytes per second from 0 (unlimited) to %1")
                        .arg(kMaxBytes));
    spec.rate = rate.toDouble(0);
    return readSeconds(QStringLiteral("latency"), 0, spec.latency) &&
           readCount(QStringLiteral("chunk"), 1, kMaxChunk, spec.chunk) &&
           readCount(QStringLiteral("drop_after"), 0, kMaxBytes, spec.dropAfter);
}

bool DownloadStepParser::readSeconds(const QString &key, double minimum,
                                     std::chrono::nanoseconds &out)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(seconds) || seconds < minimum ||
        seconds > ScenarioLimits::maxSeconds)
        return fail(key, tr("\"%1\" must be a number of seconds from %2 to %3")
                             .arg(key)
                             .arg(minimum)
                             .arg(ScenarioLimits::maxSeconds));
    out = scenarioDuration(seconds);
    return true;
}

bool DownloadStepParser::readCount(const QString &key, qint64 minimum, qint64 maximum, qint64 &out)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < double(minimum) ||
        number > double(maximum))
        return fail(key, tr("\"%1\" must be a whole number of bytes from %2 to %3")
                             .arg(key)
                             .arg(minimum)
                             .arg(maximum));
    out = qint64(number);
    return true;
}

bool DownloadStepParser::readEach(Step &step)
{
    const QJsonValue each = m_object.value(QStringLiteral("each"));
    if (each.isUndefined())
        return true;
    if (!each.isString())
        return fail(QStringLiteral("each"), tr("\"each\" must be the name of a routine"));
    step.routineNames = QStringList{each.toString()};
    return true;
}

bool DownloadStepParser::fail(const QString &key, const QString &fault)
{
    m_key = key;
    m_fault = fault;
    return false;
}

} // namespace ck
