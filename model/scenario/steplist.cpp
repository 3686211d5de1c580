#include "steplist.h"

namespace ck {

StepList::StepList(std::initializer_list<Step> steps)
    : m_steps(std::make_shared<std::vector<Step>>(steps))
{}

std::vector<Step> &StepList::edit()
{
    if (!m_steps)
        m_steps = std::make_shared<std::vector<Step>>();
    else if (m_steps.use_count() > 1)
        m_steps = std::make_shared<std::vector<Step>>(*m_steps);
    return *m_steps;
}

const std::vector<Step> &StepList::none()
{
    static const std::vector<Step> none;
    return none;
}

} // namespace ck
