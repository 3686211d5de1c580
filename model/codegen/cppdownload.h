#pragma once

#include "codelocation.h"
#include "downloaduse.h"

#include <QStringList>

namespace ck {

class ProgramText;
struct Step;

// The C++ form of `download` steps, as PythonDownload writes the Python one: a `bytes` download
// is a QCoro::AsyncGenerator that sleeps per chunk on the scheduler with the embedded server's
// pacing; a `url` download reads a QNetworkReply as it arrives. Both are consumed with
// QCORO_FOREACH (Python's `async for`), awaiting the `each` routine for every chunk. In sync
// mode they are QCoro::Generators that block, consumed with a range-for.
class CppDownload
{
public:
    static QStringList includes(const DownloadUse &use, bool async);
    static void writeHelpers(ProgramText &out, const DownloadUse &use, bool async);
    static void writeStep(ProgramText &out, const CodeLocation &location, const Step &step,
                          bool async, double speed);

private:
    static void writeSimulation(ProgramText &out, bool faults, bool async);
    static void writeFetch(ProgramText &out, bool async);
    // failed(reply, timeout): a failed reply as the app's download words it (DownloadError).
    static void writeFailed(ProgramText &out);
    static void writeFaultNote(ProgramText &out);
    static QString callOf(const Step &step, double speed);
};

} // namespace ck
