#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace ck {

class Recorder;
struct Span;

// CoroKitchen's own JSON of whole runs ("corokitchen-run/1"): everything the recorder holds,
// both languages of every text, in seconds, for scripts and for reading a run back in.
class RunJsonExport
{
public:
    static QByteArray toJson(const std::vector<const Recorder *> &runs);

private:
    static QJsonObject run(const Recorder &recorder, std::size_t index);
    static QJsonObject span(const Recorder &recorder, const Span &span);
};

} // namespace ck
