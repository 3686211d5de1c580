#include "downloadstep.h"

#include "codegen/cppdownload.h"
#include "codegen/programtext.h"
#include "codegen/pythondownload.h"
#include "codegen/stepcode.h"
#include "net/httprequest.h"
#include "net/loopbackserver.h"
#include "run/downloadexecutor.h"
#include "run/idealtime.h"
#include "scenario/downloadstepparser.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/step.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

double secondsOf(std::chrono::nanoseconds duration)
{
    return std::chrono::duration<double>(duration).count();
}

// What the embedded server plays for a download of one of its paths ("/bytes/N?rate=R&chunk=C"),
// read as the server reads the request the run sends: a path costs what the same `bytes`
// download costs. Nothing for a path the server refuses at once (404, 400).
std::optional<DownloadSpec> servedSpec(const DownloadSpec &spec)
{
    if (spec.isEmbedded() || !DownloadSpec::isServerPath(spec.url))
        return std::nullopt;
    // As the run resolves it against the server's address and the network stack sends it.
    const QUrl url = QUrl(QStringLiteral("http://127.0.0.1")).resolved(QUrl(spec.url));
    const QByteArray target =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    const HttpRequest request = HttpRequest::parse("GET " + target + " HTTP/1.1\r\n\r\n");
    const QString prefix = QStringLiteral("/bytes/");
    const QString path = request.path();
    if (!request.isValid() || !path.startsWith(prefix) || path.indexOf(u'/', prefix.size()) >= 0)
        return std::nullopt;
    const std::optional<LoopbackServer::BytesRoute> route =
        LoopbackServer::parseBytesRoute(path.mid(prefix.size()), request.query(), nullptr);
    if (!route)
        return std::nullopt;
    DownloadSpec served;
    served.bytes = route->bytes;
    served.rate = route->rate;
    served.latency = std::chrono::nanoseconds(std::llround(route->latency * 1e9));
    served.chunk = route->chunk;
    served.dropAfter = route->dropAfter;
    return served;
}

} // namespace

bool DownloadStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                        Step &step) const
{
    QString fault;
    QString field;
    if (DownloadStepParser::parse(value, step, fault, field))
        return true;
    const JsonPath where = path.key(key());
    return reader.fail(field.isEmpty() ? where : where.key(field), fault);
}

JsonPath DownloadStep::routinePath(const JsonPath &step, qsizetype) const
{
    return step.key(key()).key(QStringLiteral("each"));
}

// One step per chunk (the step itself is counted by ScenarioCost), and the `each` routine once
// per chunk; a URL download's chunks are unknown beforehand and count as one.
ScenarioCost::Cost DownloadStep::cost(const Step &step, ScenarioCost &costs) const
{
    const std::optional<DownloadSpec> served = servedSpec(*step.download);
    const DownloadSpec &spec = served ? *served : *step.download;
    const double chunks = spec.isEmbedded() ? double(spec.chunkCount()) : 1;
    ScenarioCost::Cost cost;
    cost.steps = chunks;
    cost.spans = 1 + chunks;
    cost.text = double(step.download->label().size());
    if (spec.isEmbedded())
        cost.seconds = secondsOf(spec.latency) +
                       (spec.rate > 0 ? double(spec.deliveredBytes()) / spec.rate : 0);
    if (!step.routineIndices.empty())
        cost += costs.awaited(step.routineIndices.front()).times(chunks);
    return cost;
}

std::chrono::nanoseconds DownloadStep::idealTime(const Step &step, IdealTime &ideal) const
{
    using std::chrono::nanoseconds;
    // A URL takes what the network takes: nothing is known in advance.
    const DownloadSpec &spec = *step.download;
    if (!spec.isEmbedded()) {
        ideal.markUnknown();
        return nanoseconds(0);
    }
    const qint64 chunks = spec.chunkCount();
    if (chunks == 0)
        return spec.latency; // the status line, and nothing after it
    if (step.routineIndices.empty())
        return spec.arrivalOfChunk(chunks - 1);
    // async for: chunk i is handled once it has arrived and chunk i-1 has been handled.
    const nanoseconds each = ideal.routine(step.routineIndices.front());
    nanoseconds done{0};
    for (qint64 index = 0; index < chunks; ++index)
        done = std::max(done, spec.arrivalOfChunk(index)) + each;
    return done;
}

QString DownloadStep::realClockReason(const Step &step) const
{
    if (step.download->isEmbedded())
        return {};
    return tr("a download from a URL needs the real clock (the virtual clock can only simulate "
              "{\"bytes\": N} downloads)");
}

QCoro::Task<> DownloadStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                CodeLocation at, int lane, int depth) const
{
    return DownloadExecutor::run(std::move(context), step, at, lane, depth);
}

void DownloadStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    PythonDownload::writeStep(code.out, at, step, code.async, code.speed);
}

void DownloadStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    CppDownload::writeStep(code.out, at, step, code.async, code.speed);
}

QJsonValue DownloadStep::example() const
{
    return QJsonObject{{QStringLiteral("bytes"), 100000}};
}

std::optional<QJsonValue> DownloadStep::fromEditText(const QString &text, const QJsonValue &,
                                                     QString *error) const
{
    return objectFromEditText(text, tr("\"download\" takes an object such as {\"bytes\": 100000}"),
                              error);
}

QJsonObject DownloadStep::schema() const
{
    return schemaOf(
        R"json({"description": "Fetches over HTTP, recording every chunk as it arrives.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/download"}}})json");
}

// The limits are DownloadStepParser's (tst_scenarioschema checks the file against the loader).
QJsonObject DownloadStep::schemaDefinitions() const
{
    return {{key(), schemaOf(R"json({
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "url": {
                    "description": "An http:// or https:// URL, or a path on the embedded loopback server such as /bytes/1000 (one slash, then not another).",
                    "type": "string",
                    "pattern": "^(/(?!/)|[Hh][Tt][Tt][Pp][Ss]?://[^/?#]+)"
                },
                "bytes": {
                    "description": "That many bytes from the embedded loopback server.",
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1073741824
                },
                "rate": {
                    "description": "Bytes per second of scenario time; 0: as fast as loopback goes.",
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1073741824
                },
                "latency": {
                    "description": "Seconds before the first byte.",
                    "$ref": "#/$defs/seconds"
                },
                "chunk": {
                    "description": "Bytes per write of the server, and per 'each' delivery.",
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1048576,
                    "default": 16384
                },
                "drop_after": {
                    "description": "The server closes the connection after that many bytes.",
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1073741824
                },
                "timeout": {
                    "description": "Seconds without any byte before the download fails.",
                    "type": "number",
                    "minimum": 0.001,
                    "maximum": 86400,
                    "default": 30
                },
                "each": {
                    "description": "A routine awaited for every chunk as it arrives.",
                    "$ref": "#/$defs/name"
                },
                "max_bytes": {
                    "description": "The longest body a url download accepts; a longer one fails it.",
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1099511627776,
                    "default": 1073741824
                }
            },
            "oneOf": [
                {
                    "required": ["url"],
                    "not": {
                        "anyOf": [
                            {"required": ["bytes"]},
                            {"required": ["rate"]},
                            {"required": ["latency"]},
                            {"required": ["chunk"]},
                            {"required": ["drop_after"]}
                        ]
                    }
                },
                {
                    "required": ["bytes"],
                    "not": {"anyOf": [{"required": ["url"]}, {"required": ["max_bytes"]}]}
                }
            ]
        })json")}};
}

} // namespace ck
