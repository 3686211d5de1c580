// libFuzzer target (issue 12): the bytes a client sends to the loopback server, through
// HttpRequest::headLength and HttpRequest::parse, and the /bytes/N route when the head parses, as
// LoopbackConnection reads them. Findings: a crash, a sanitizer report, a head length past the
// input, or a fault that is not one line (it is sent back in a 400 body and logged).
// Built by the `fuzz` preset, run by `make fuzz`.

#include "net/httprequest.h"
#include "net/loopbackserver.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "httprequest_fuzzer: %s: %s\n", what, qUtf8Printable(detail));
    std::abort();
}

void checkOneLine(const char *what, const QString &text)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        finding(what, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype length = ck::HttpRequest::headLength(bytes);
    if (length > bytes.size() || length < -1)
        finding("head length past the input", QString::number(length));
    // The server parses the head as delimited, or the whole buffer when it is cut at its limit.
    const ck::HttpRequest request =
        ck::HttpRequest::parse(length >= 0 ? bytes.left(length) : bytes);
    if (!request.isValid()) {
        checkOneLine("a fault of two lines", request.errorString());
        return 0;
    }
    const QString prefix = QStringLiteral("/bytes/");
    if (request.path().startsWith(prefix)) {
        QString error;
        const auto route = ck::LoopbackServer::parseBytesRoute(request.path().mid(prefix.size()),
                                                               request.query(), &error);
        if (!route)
            checkOneLine("a route fault of two lines", error);
        else if (route->bytes < 0 || route->bytes > ck::LoopbackServer::kMaxBodyBytes ||
                 route->chunk < 1 || route->chunk > ck::LoopbackServer::kMaxChunk)
            finding("a route out of its limits", request.target());
    }
    return 0;
}
