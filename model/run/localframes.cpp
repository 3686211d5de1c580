#include "localframes.h"

#include "scenario/fstring.h"

namespace ck {

void LocalFrames::enter(int lane, int depth)
{
    m_frames.erase({lane, depth});
}

LocalFrames::Frame &LocalFrames::at(int lane, int depth)
{
    return m_frames[{lane, depth}];
}

const LocalFrames::Frame *LocalFrames::find(int lane, int depth) const
{
    const auto found = m_frames.find({lane, depth});
    return found == m_frames.end() ? nullptr : &found->second;
}

bool LocalFrames::hasReturned(int lane, int depth) const
{
    const Frame *frame = find(lane, depth);
    return frame && frame->returned;
}

PyValue LocalFrames::returnedAt(int lane, int depth) const
{
    const Frame *frame = find(lane, depth);
    return frame && frame->returned ? *frame->returned : PyValue();
}

PyValue LocalFrames::leave(int lane, int depth)
{
    const auto found = m_frames.find({lane, depth});
    if (found == m_frames.end())
        return {};
    PyValue value = found->second.returned.value_or(PyValue());
    m_frames.erase(found);
    return value;
}

LocalizedText LocalFrames::format(const LocalizedText &text, int lane, int depth) const
{
    const Frame *frame = find(lane, depth);
    const auto in = [&](Language language) {
        QString error;
        const std::optional<FString> parsed = FString::parse(text.in(language), &error);
        if (!parsed)
            return text.in(language); // not reached: the validator refuses it
        return parsed->render([&](const QString &name) {
            return frame ? frame->variables.value(name).toStr(language) : QString();
        });
    };
    return LocalizedText(in(Language::English), in(Language::Korean));
}

PyValue LocalFrames::evaluate(const LocalizedText &text, bool formatted, int lane, int depth) const
{
    if (!formatted)
        return PyValue::str(text);
    QString error;
    const std::optional<FString> parsed = FString::parse(text.english(), &error);
    const Frame *frame = find(lane, depth);
    if (parsed && !parsed->soleName().isEmpty() && frame)
        return frame->variables.value(parsed->soleName());
    return PyValue::str(format(text, lane, depth));
}

} // namespace ck
