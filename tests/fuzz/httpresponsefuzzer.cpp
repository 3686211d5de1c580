// libFuzzer target (issue 12): the bytes a server sends back to a `url` download, through
// HttpResponseParser as HttpClientConnection feeds it: whole, then cut at points taken from the
// input, then the close. Findings: a crash, a sanitizer report, more body than input, an outcome
// that depends on how the bytes were cut, a response neither done nor failed after the close, or
// a fault that is not one line. Built by the `fuzz` preset, run by `make fuzz`.

#include "net/httpresponseparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Outcome
{
    ck::HttpResponseParser::State state;
    qint64 body;
    QString error;
    int status;
    bool operator==(const Outcome &) const = default;
};

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "httpresponse_fuzzer: %s: %s\n", what, qUtf8Printable(detail));
    std::abort();
}

// Feeds `bytes` in pieces of 1 to `step` bytes (0: whole), then closes.
Outcome parse(const QByteArray &bytes, int step)
{
    ck::HttpResponseParser parser;
    qint64 body = 0;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype piece = step > 0 ? 1 + (at * 7 + step) % step : bytes.size();
        const qsizetype length = std::min(piece, bytes.size() - at);
        body += parser.feed(bytes.constData() + at, length);
        at += length;
    }
    parser.finishAtClose();
    if (body != parser.bodyBytes() || body > bytes.size())
        finding("a body count that does not add up", QString::number(body));
    return {parser.state(), parser.bodyBytes(), parser.errorString(), parser.status()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = parse(bytes, 0);
    if (whole.state != ck::HttpResponseParser::State::Done &&
        whole.state != ck::HttpResponseParser::State::Failed)
        finding("neither done nor failed after the close", QString::number(int(whole.state)));
    if (whole.error.contains(QLatin1Char('\n')) || whole.error.contains(QLatin1Char('\r')))
        finding("a fault of two lines", whole.error);
    const int step = size > 0 ? 1 + data[0] % 16 : 1;
    if (!(parse(bytes, step) == whole))
        finding("an outcome that depends on how the bytes were cut", whole.error);
    return 0;
}
