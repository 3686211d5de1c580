#include "crowdscenario.h"

#include <QLocale>

#include <algorithm>

namespace ck {

namespace {

const QString kId = QStringLiteral("crowd");
constexpr int kDurationSteps = 251; // 0.50, 0.51, ... 3.00 s
constexpr int kStride = 97;         // coprime with 251: a permutation of the steps
constexpr std::chrono::milliseconds kShortest{500};
constexpr std::chrono::milliseconds kStep{10};

} // namespace

Scenario CrowdScenario::make(int count)
{
    count = std::clamp(count, 1, kMaxCount);
    const QString english = QLocale(QLocale::English).toString(count);
    const QString korean = QLocale(QLocale::Korean).toString(count);
    Scenario scenario;
    scenario.id = idFor(count);
    scenario.title = LocalizedText(QStringLiteral("Crowd: %1 sleepers").arg(english),
                                   QStringLiteral("군중: 잠자는 코루틴 %1개").arg(korean));
    scenario.description = LocalizedText(
        QStringLiteral("%1 tasks that each sleep once, for 0.5 to 3 s. Gathered, the crowd takes "
                       "as long as its longest sleep; one by one, as long as all of them "
                       "together.")
            .arg(english),
        QStringLiteral(
            "각자 한 번씩 0.5~3초 동안 잠드는 태스크 %1개입니다. 함께 모으면(gather) 가장 긴 "
            "잠만큼 걸리고, 하나씩 하면 모두를 더한 만큼 걸립니다.")
            .arg(korean));
    // Tasks of the same duration share one list of steps: 251 lists, not a million.
    std::vector<StepList> sleeps(std::size_t(std::min(count, kDurationSteps)));
    for (std::size_t i = 0; i < sleeps.size(); ++i)
        sleeps[i] = sleepFor(durationOf(int(i)));
    scenario.tasks.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        ScenarioTask &task = scenario.tasks[std::size_t(i)];
        task.name = nameOf(i);
        task.steps = sleeps[std::size_t(i % kDurationSteps)];
    }
    return scenario;
}

QString CrowdScenario::nameOf(int task)
{
    // "sleeper_" and the number written into one buffer: one allocation of the name's size
    // (prefix + QString::number would make three, the last with room to grow).
    char16_t text[32] = u"sleeper_";
    constexpr int prefix = 8;
    int end = prefix;
    for (int number = task + 1; number > 0; number /= 10)
        text[end++] = char16_t(u'0' + number % 10);
    std::reverse(text + prefix, text + end);
    return QString(reinterpret_cast<const QChar *>(text), end);
}

StepList CrowdScenario::sleepFor(std::chrono::nanoseconds duration)
{
    Step wait;
    wait.kind = Step::Kind::Wait;
    wait.duration = duration;
    wait.order = 0;
    return StepList{wait};
}

QString CrowdScenario::idFor(int count)
{
    return count == kDefaultCount ? kId : QStringLiteral("%1:%2").arg(kId).arg(count);
}

std::chrono::nanoseconds CrowdScenario::durationOf(int task)
{
    const auto step = (std::int64_t(task) * kStride) % kDurationSteps;
    return kShortest + step * kStep;
}

bool CrowdScenario::isCrowdId(const QString &id)
{
    return id == kId || id.startsWith(kId + QLatin1Char(':'));
}

std::optional<int> CrowdScenario::countOf(const QString &id, QString *error)
{
    if (id == kId)
        return kDefaultCount;
    bool ok = false;
    const int count = isCrowdId(id) ? id.mid(kId.size() + 1).toInt(&ok) : 0;
    if (ok && count >= 1 && count <= kMaxCount)
        return count;
    if (error)
        *error = tr("%1: the crowd's size must be a whole number from 1 to %2, as in crowd:100000")
                     .arg(id)
                     .arg(kMaxCount);
    return std::nullopt;
}

} // namespace ck
