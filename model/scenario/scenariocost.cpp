#include "scenariocost.h"

#include "net/httprequest.h"
#include "net/loopbackserver.h"
#include "scenario.h"

#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

namespace ck {

namespace {

// Costs saturate here, far above every limit, so that products and sums stay finite (no
// infinity, hence no NaN from a 0 × infinity) however the routines multiply.
constexpr double saturation = 1e18;

double saturated(double value)
{
    return std::min(value, saturation);
}

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

ScenarioCost::Cost &ScenarioCost::Cost::operator+=(const Cost &other)
{
    steps = saturated(steps + other.steps);
    seconds = saturated(seconds + other.seconds);
    coroutines = saturated(coroutines + other.coroutines);
    spans = saturated(spans + other.spans);
    logLines = saturated(logLines + other.logLines);
    text = saturated(text + other.text);
    lanes = saturated(lanes + other.lanes);
    return *this;
}

ScenarioCost::Cost ScenarioCost::Cost::times(double factor) const
{
    Cost cost;
    cost.steps = saturated(steps * factor);
    cost.seconds = saturated(seconds * factor);
    cost.coroutines = saturated(coroutines * factor);
    cost.spans = saturated(spans * factor);
    cost.logLines = saturated(logLines * factor);
    cost.text = saturated(text * factor);
    cost.lanes = saturated(lanes * factor);
    return cost;
}

ScenarioCost::ScenarioCost(const Scenario &scenario)
    : m_scenario(scenario), m_routineMemo(scenario.routines.size()),
      m_known(scenario.routines.size(), false)
{}

// The task's own coroutine and span, its result line, and the lanes of the routines it gathers
// named after it ("main/fetch").
ScenarioCost::Cost ScenarioCost::task(std::size_t index)
{
    const ScenarioTask &task = m_scenario.tasks[index];
    Cost cost = steps(task.steps);
    Cost own;
    own.coroutines = 1;
    own.spans = 1;
    if (task.result) {
        own.logLines = 1;
        own.text =
            double(task.name.size() + task.result->english().size() + task.result->korean().size());
    }
    own.text += cost.lanes * double(task.name.size());
    cost += own;
    return cost;
}

ScenarioCost::Cost ScenarioCost::steps(const std::vector<Step> &steps)
{
    Cost total;
    for (const Step &step : steps) {
        Cost cost;
        cost.steps = 1;
        switch (step.kind) {
        case Step::Kind::Log:
            cost.logLines = 1;
            cost.text = double(step.text.english().size() + step.text.korean().size());
            break;
        case Step::Kind::Wait:
        case Step::Kind::Block:
            cost.seconds = secondsOf(step.duration);
            cost.spans = 1;
            break;
        case Step::Kind::Call:
            cost += awaited(step.routineIndices.front());
            break;
        case Step::Kind::Gather:
            cost += gathered(step);
            break;
        case Step::Kind::Download:
            cost = download(step);
            break;
        }
        total += cost;
    }
    return total;
}

ScenarioCost::Cost ScenarioCost::routine(int index)
{
    const auto i = std::size_t(index);
    if (!m_known[i]) {
        m_routineMemo[i] = steps(m_scenario.routines[i].steps);
        m_known[i] = true;
    }
    return m_routineMemo[i];
}

// One await of a routine: its steps, and a coroutine and a span of its own.
ScenarioCost::Cost ScenarioCost::awaited(int index)
{
    Cost cost = routine(index);
    Cost own;
    own.coroutines = 1;
    own.spans = 1;
    cost += own;
    return cost;
}

// The gather's span, named "asyncio.gather(a, b)"; each routine on a lane of its own, named
// "<lane>/<routine>", under which the lanes of what it gathers are named in turn.
ScenarioCost::Cost ScenarioCost::gathered(const Step &step)
{
    Cost total;
    total.spans = 1;
    total.text = double(QStringLiteral("asyncio.gather()").size());
    for (const int index : step.routineIndices) {
        const auto name = double(m_scenario.routines[std::size_t(index)].name.size());
        Cost child = awaited(index);
        Cost lane;
        lane.lanes = 1;
        // Its name and ", " in the gather's; "/<name>" in its lane's and in every lane below.
        lane.text = name + 2 + (1 + child.lanes) * (name + 1);
        child += lane;
        total += child;
    }
    return total;
}

// The step, one per chunk, and the `each` routine once per chunk; a URL download's chunks are
// unknown beforehand and count as one.
ScenarioCost::Cost ScenarioCost::download(const Step &step)
{
    const std::optional<DownloadSpec> served = servedSpec(*step.download);
    const DownloadSpec &spec = served ? *served : *step.download;
    const double chunks = spec.isEmbedded() ? double(spec.chunkCount()) : 1;
    Cost cost;
    cost.steps = 1 + chunks;
    cost.spans = 1 + chunks;
    cost.text = double(step.download->label().size());
    if (spec.isEmbedded())
        cost.seconds = secondsOf(spec.latency) +
                       (spec.rate > 0 ? double(spec.deliveredBytes()) / spec.rate : 0);
    if (!step.routineIndices.empty())
        cost += awaited(step.routineIndices.front()).times(chunks);
    return cost;
}

} // namespace ck
