#pragma once

#include "trace/recorder.h"

#include <memory>
#include <vector>

namespace ck {

// The rows of one recorder's lanes in display order (each lane followed by the lanes it
// gathered, depth first), each lane's row, and the lanes with the longest names (those the name
// column is measured by). Worked out once per recorder and lane count and shared by every
// layout of it: the window lays a live chart out on every frame, and a crowd's million lanes do
// not change. A run without gathered lanes keeps no table at all: its lane i is row i.
class LaneRows
{
public:
    struct Slot
    {
        int lane = 0;
        int indent = 0; // nesting of gathered lanes under their parent
    };

    // Lanes measured one by one for the name column; of a bigger run, only the longest names.
    static constexpr std::size_t kMeasuredLanes = 256;

    static std::shared_ptr<const LaneRows> of(const std::shared_ptr<const Recorder> &recorder);
    explicit LaneRows(const std::vector<Lane> &lanes);

    int count() const { return m_count; }
    Slot at(int row) const { return m_slots.empty() ? Slot{row, 0} : m_slots[std::size_t(row)]; }
    // The row of a lane, -1 when there is none.
    int rowOf(int lane) const;
    // The lanes whose names are measured: all of a small run, the longest of a big one.
    const std::vector<int> &measured() const { return m_measured; }
    // How deep a gathered lane sits under its top-level task.
    static int depth(const std::vector<Lane> &lanes, int lane);
    // Whether a lane is a worker thread's (Lane::worker): the legend asks on every frame.
    bool hasWorkers() const { return m_hasWorkers; }

private:
    void placeNested(const std::vector<Lane> &lanes);
    void pickMeasured(const std::vector<Lane> &lanes);

    int m_count = 0;
    std::vector<Slot> m_slots;    // empty when every lane is top-level
    std::vector<int> m_rowOfLane; // likewise
    std::vector<int> m_measured;
    bool m_hasWorkers = false;
};

} // namespace ck
