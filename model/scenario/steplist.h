#pragma once

#include "step.h"

#include <memory>
#include <vector>

namespace ck {

// The steps of a top-level task. Tasks whose steps are the same may share one list (a crowd's
// million one-sleep tasks share 251): it is copied on the first change through edit(), as Qt's
// implicitly shared containers are, so a task never sees another's changes. Reading it never
// copies.
class StepList
{
public:
    StepList() = default;
    StepList(std::initializer_list<Step> steps);

    const std::vector<Step> &list() const { return m_steps ? *m_steps : none(); }
    operator const std::vector<Step> &() const { return list(); }
    // The list to change: this task's own (a shared list is copied first).
    std::vector<Step> &edit();
    // Whether `other` reads the very same list (no copy made yet).
    bool isSharedWith(const StepList &other) const { return m_steps && m_steps == other.m_steps; }
    // Whether other tasks read it too, and what is the same for all that do (StepListMemo).
    bool isShared() const { return m_steps.use_count() > 1; }
    const void *identity() const { return m_steps.get(); }

    std::size_t size() const { return list().size(); }
    bool empty() const { return list().empty(); }
    const Step &operator[](std::size_t index) const { return list()[index]; }
    const Step &at(std::size_t index) const { return list().at(index); }
    const Step &front() const { return list().front(); }
    const Step &back() const { return list().back(); }
    std::vector<Step>::const_iterator begin() const { return list().begin(); }
    std::vector<Step>::const_iterator end() const { return list().end(); }

    Step &emplace_back() { return edit().emplace_back(); }
    void push_back(Step step) { edit().push_back(std::move(step)); }

private:
    static const std::vector<Step> &none();

    std::shared_ptr<std::vector<Step>> m_steps; // null while empty
};

} // namespace ck
