#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <vector>

class QIODevice;

namespace ck {

class Recorder;

// CoroKitchen's own JSON of whole runs ("corokitchen-run/1"): everything the recorder holds,
// both languages of every text, in seconds, for scripts and for reading a run back in.
class RunJsonExport
{
public:
    // Writes the document into `device` element by element, as QJsonDocument would write it
    // indented (keys sorted), holding no more of it than ExportStream's buffer; false when a
    // write failed.
    static bool write(QIODevice &device, const std::vector<const Recorder *> &runs);
    // The whole document in memory (small runs, tests).
    static QByteArray toJson(const std::vector<const Recorder *> &runs);

private:
    static QJsonObject run(const Recorder &recorder, std::size_t index);
};

} // namespace ck
