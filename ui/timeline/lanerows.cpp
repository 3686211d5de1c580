#include "lanerows.h"

#include <algorithm>
#include <array>

namespace ck {

namespace {

bool isChild(const std::vector<Lane> &lanes, int i)
{
    const int parent = lanes[std::size_t(i)].parent;
    return parent >= 0 && parent < i; // a parent is always recorded before its children
}

// The last few recorders laid out (a comparison shows two; a replay snapshot is another).
struct CacheEntry
{
    std::weak_ptr<const Recorder> recorder;
    std::size_t lanes = 0;
    std::shared_ptr<const LaneRows> rows;
};
constexpr std::size_t kCached = 4;

} // namespace

std::shared_ptr<const LaneRows> LaneRows::of(const std::shared_ptr<const Recorder> &recorder)
{
    static std::array<CacheEntry, kCached> cache;
    static std::size_t next = 0;
    const std::size_t lanes = recorder->lanes().size();
    for (const CacheEntry &entry : cache) {
        if (entry.rows && entry.lanes == lanes && entry.recorder.lock() == recorder)
            return entry.rows;
    }
    auto rows = std::make_shared<const LaneRows>(recorder->lanes());
    cache[next] = CacheEntry{recorder, lanes, rows};
    next = (next + 1) % kCached;
    return rows;
}

LaneRows::LaneRows(const std::vector<Lane> &lanes)
    : m_count(int(lanes.size())),
      m_hasWorkers(
          std::any_of(lanes.begin(), lanes.end(), [](const Lane &lane) { return lane.worker > 0; }))
{
    for (int i = 0; i < m_count; ++i) {
        if (isChild(lanes, i)) {
            placeNested(lanes);
            break;
        }
    }
    pickMeasured(lanes);
}

int LaneRows::rowOf(int lane) const
{
    if (lane < 0 || lane >= m_count)
        return -1;
    return m_rowOfLane.empty() ? lane : m_rowOfLane[std::size_t(lane)];
}

int LaneRows::depth(const std::vector<Lane> &lanes, int lane)
{
    int depth = 0; // cycles in bad input end the walk
    for (int parent = lanes[std::size_t(lane)].parent;
         parent >= 0 && parent < int(lanes.size()) && depth < int(lanes.size());
         parent = lanes[std::size_t(parent)].parent)
        ++depth;
    return depth;
}

// Each lane followed by the lanes it gathered, depth first; children are kept in one flat list.
void LaneRows::placeNested(const std::vector<Lane> &lanes)
{
    const int count = m_count;
    std::vector<int> firstChild(std::size_t(count) + 1, 0); // children of p: [first[p], first[p+1])
    for (int i = 0; i < count; ++i)
        if (isChild(lanes, i))
            ++firstChild[std::size_t(lanes[std::size_t(i)].parent) + 1];
    for (int p = 0; p < count; ++p)
        firstChild[std::size_t(p) + 1] += firstChild[std::size_t(p)];
    std::vector<int> children(std::size_t(firstChild.back()));
    std::vector<int> filled(firstChild.begin(), firstChild.end() - 1);
    for (int i = 0; i < count; ++i)
        if (isChild(lanes, i))
            children[std::size_t(filled[std::size_t(lanes[std::size_t(i)].parent)]++)] = i;
    std::vector<Slot> stack;
    for (int root = count - 1; root >= 0; --root)
        if (!isChild(lanes, root))
            stack.push_back(Slot{root, 0});
    m_slots.reserve(std::size_t(count));
    m_rowOfLane.assign(std::size_t(count), -1);
    while (!stack.empty()) {
        const Slot slot = stack.back();
        stack.pop_back();
        m_rowOfLane[std::size_t(slot.lane)] = int(m_slots.size());
        m_slots.push_back(slot);
        for (int kid = firstChild[std::size_t(slot.lane) + 1] - 1;
             kid >= firstChild[std::size_t(slot.lane)]; --kid)
            stack.push_back(Slot{children[std::size_t(kid)], slot.indent + 1});
    }
}

// Measuring a million names would take most of a frame: those with the most characters (and
// indents) are the widest but for the odd narrow glyph.
void LaneRows::pickMeasured(const std::vector<Lane> &lanes)
{
    if (lanes.size() <= kMeasuredLanes) {
        for (int i = 0; i < m_count; ++i)
            m_measured.push_back(i);
        return;
    }
    using Candidate = std::pair<qsizetype, int>; // (characters, lane), the fewest on top
    std::vector<Candidate> longest;
    longest.reserve(kMeasuredLanes + 1);
    const auto fewer = [](const Candidate &a, const Candidate &b) { return a > b; };
    for (int i = 0; i < m_count; ++i) {
        const Lane &lane = lanes[std::size_t(i)];
        const qsizetype characters =
            lane.name.size() + (lane.parent >= 0 ? 2 * depth(lanes, i) : 0);
        if (longest.size() == kMeasuredLanes && characters <= longest.front().first)
            continue;
        longest.emplace_back(characters, i);
        std::push_heap(longest.begin(), longest.end(), fewer);
        if (longest.size() > kMeasuredLanes) {
            std::pop_heap(longest.begin(), longest.end(), fewer);
            longest.pop_back();
        }
    }
    for (const Candidate &candidate : longest)
        m_measured.push_back(candidate.second);
}

} // namespace ck
