#include "looporder.h"

#include <algorithm>

namespace ck {

std::vector<LoopOrder::Entry> LoopOrder::of(const std::vector<const Recorder *> &runs,
                                            const std::vector<std::size_t> &from,
                                            const std::vector<std::size_t> &to)
{
    std::vector<Entry> order;
    for (std::size_t run = 0; run < runs.size(); ++run) {
        for (std::size_t i = from[run]; i < to[run]; ++i)
            order.push_back(Entry{run, i});
    }
    const auto event = [&runs](const Entry &e) -> const LoopEvent & {
        return runs[e.run]->loopEvents()[e.index];
    };
    if (shareOneLoop(runs))
        std::sort(order.begin(), order.end(), [&event](const Entry &a, const Entry &b) {
            return event(a).sequence < event(b).sequence;
        });
    else
        std::stable_sort(order.begin(), order.end(), [&event](const Entry &a, const Entry &b) {
            return event(a).time < event(b).time;
        });
    return order;
}

std::vector<LoopOrder::Entry> LoopOrder::of(const std::vector<const Recorder *> &runs)
{
    std::vector<std::size_t> all;
    for (const Recorder *run : runs)
        all.push_back(run->loopEvents().size());
    return of(runs, std::vector<std::size_t>(runs.size(), 0), all);
}

bool LoopOrder::shareOneLoop(const std::vector<const Recorder *> &runs)
{
    return runs.size() > 1 && runs.front()->info().loop != 0 &&
           std::all_of(runs.begin(), runs.end(), [&runs](const Recorder *run) {
               return run->info().loop == runs.front()->info().loop;
           });
}

} // namespace ck
