#pragma once

#include "codelocation.h"

#include <map>

namespace ck {

// Where each CodeLocation landed in a generated program: 1-based line numbers.
class CodeLines
{
public:
    void set(const CodeLocation &location, int line) { m_lines[location] = line; }
    // The line of `location`; for a step without a line of its own, its function's header line;
    // 0 when the program has neither.
    int lineOf(const CodeLocation &location) const
    {
        if (const auto found = m_lines.find(location); found != m_lines.end())
            return found->second;
        const auto header = m_lines.find(CodeLocation{location.owner, location.index, -1});
        return header != m_lines.end() ? header->second : 0;
    }
    bool isEmpty() const { return m_lines.empty(); }

private:
    std::map<CodeLocation, int> m_lines;
};

} // namespace ck
