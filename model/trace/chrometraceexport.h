#pragma once

#include "../scenario/language.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace ck {

class Recorder;

// Chrome Trace Event JSON (object form) that opens in Perfetto and chrome://tracing.
// One process per run (pid 1, 2, ...), one pseudo-thread per lane (tid = lane + 1, tid 0 for
// the main program): coroutines overlap on the GUI thread, but slices on one tid must nest, and
// the recorder guarantees that within a lane. Times are integer microseconds of scenario time.
class ChromeTraceExport
{
public:
    static QByteArray toJson(const std::vector<const Recorder *> &runs, Language language);

private:
    static void append(QByteArray &json, const QJsonObject &event);
    static void appendMetadata(QByteArray &json, int pid, const Recorder &run);
    static void appendSpans(QByteArray &json, int pid, const Recorder &run);
    static void appendLogLines(QByteArray &json, int pid, const Recorder &run, Language language);
    static QJsonObject metadata(int pid, int tid, const QString &name, const QString &key,
                                const QJsonValue &value);
};

} // namespace ck
