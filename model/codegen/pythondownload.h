#pragma once

#include "codelocation.h"
#include "downloaduse.h"

#include <QStringList>

namespace ck {

class ProgramText;
struct Step;

// The Python form of `download` steps: a `bytes` download is simulated by an async generator
// that sleeps per chunk with the embedded server's pacing (so a run on the exact clock and the
// program print the same); a `url` download is a plain HTTP GET read as it arrives. Either is
// consumed with `async for`, awaiting the `each` routine for every chunk. A fault raises what
// the app's download raises (DownloadError): the same type, with the same message.
class PythonDownload
{
public:
    static QStringList imports(const DownloadUse &use, bool async);
    static void writeHelpers(ProgramText &out, const DownloadUse &use, bool async);
    static void writeStep(ProgramText &out, const CodeLocation &location, const Step &step,
                          bool async, double speed);

private:
    static void writeSimulation(ProgramText &out, bool faults, bool async);
    static void writeFetch(ProgramText &out, bool async);
    // failed(error, url, timeout): a timeout or a refusal as the app words it.
    static void writeFailed(ProgramText &out);
    static void writeSyncFetchBody(ProgramText &out);
    static void writeAsyncFetchBody(ProgramText &out);
    static void writeFaultNote(ProgramText &out);
    static QString callOf(const Step &step, double speed);
};

} // namespace ck
