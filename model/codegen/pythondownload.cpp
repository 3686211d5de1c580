#include "pythondownload.h"

#include "codesyntax.h"
#include "programtext.h"
#include "scenario/step.h"

namespace ck {

namespace {

constexpr qint64 kDefaultChunk = 16384;
constexpr double kDefaultTimeout = 30.0;

} // namespace

QStringList PythonDownload::imports(const DownloadUse &use, bool async)
{
    QStringList lines;
    if (use.fetched) // SERVER reads COROKITCHEN_SERVER, whatever the URLs are
        lines << QStringLiteral("import os");
    if (use.fetched && async)
        lines << QStringLiteral("import urllib.parse");
    else if (use.fetched)
        lines << QStringLiteral("import urllib.error") << QStringLiteral("import urllib.request");
    return lines;
}

void PythonDownload::writeHelpers(ProgramText &out, const DownloadUse &use, bool async)
{
    if (use.simulated)
        writeSimulation(out, use.faults, async);
    if (use.fetched)
        writeFetch(out, async);
}

void PythonDownload::writeSimulation(ProgramText &out, bool faults, bool async)
{
    const QString def = async ? QStringLiteral("async def") : QStringLiteral("def");
    const QString now = async ? QStringLiteral("loop.time()") : QStringLiteral("time.monotonic()");
    const QString sleep =
        async ? QStringLiteral("await asyncio.sleep") : QStringLiteral("time.sleep");
    const QString size = faults ? QStringLiteral("delivered") : QStringLiteral("size");
    out.add(faults ? QStringLiteral("%1 download(size, rate, latency, chunk, drop_after=None, "
                                    "timeout=%2):")
                         .arg(def, CodeSyntax::number(kDefaultTimeout))
                   : QStringLiteral("%1 download(size, rate, latency, chunk):").arg(def));
    out.indent();
    out.add(out.say(QStringLiteral("\"\"\"CoroKitchen's embedded server, simulated: `size` bytes "
                                   "in writes of `chunk`,"),
                    QStringLiteral("\"\"\"CoroKitchen 내장 서버를 흉내 냅니다: `size` 바이트를 "
                                   "`chunk` 바이트씩,")));
    out.add(
        out.say(QStringLiteral("each one due when `rate` bytes a second have earned it, "
                               "after `latency` seconds.\"\"\""),
                QStringLiteral("`latency`초 뒤부터 초당 `rate` 바이트의 속도로 보냅니다.\"\"\"")));
    if (faults)
        writeFaultNote(out);
    if (async)
        out.add(QStringLiteral("loop = asyncio.get_running_loop()"));
    out.add(QStringLiteral("start = %1").arg(now));
    if (faults)
        out.add(
            QStringLiteral("delivered = size if drop_after is None else min(size, drop_after)"));
    out.add(faults ? QStringLiteral("sent = last = 0") : QStringLiteral("sent = 0"));
    out.add(QStringLiteral("while True:"));
    out.indent();
    out.add(QStringLiteral("piece = min(chunk, %1 - sent)").arg(size));
    out.add(QStringLiteral("sent += piece"));
    out.add(QStringLiteral("arrival = latency + (sent / rate if rate else 0)"));
    if (faults) {
        out.add(QStringLiteral("if arrival - last > timeout:"));
        out.indent();
        out.add(QStringLiteral("%1(start + last + timeout - %2)").arg(sleep, now));
        out.add(QStringLiteral("raise TimeoutError(f\"timed out: no data for {timeout} s\")"));
        out.dedent();
    }
    out.add(QStringLiteral("if (wait := start + arrival - %1) > 0:").arg(now));
    out.indent();
    out.add(QStringLiteral("%1(wait)").arg(sleep));
    out.dedent();
    out.add(QStringLiteral("if piece:"));
    out.indent();
    out.add(QStringLiteral("yield piece  # %1")
                .arg(out.say(QStringLiteral("a chunk has arrived"),
                             QStringLiteral("청크 하나가 도착했습니다"))));
    out.dedent();
    if (faults)
        out.add(QStringLiteral("last = arrival"));
    out.add(QStringLiteral("if sent >= %1:").arg(size));
    out.add(QStringLiteral("    break"));
    out.dedent();
    if (faults) {
        out.add(QStringLiteral("if delivered < size:"));
        out.add(QStringLiteral("    raise ConnectionError(f\"connection closed after {delivered} "
                               "of {size} bytes\")"));
    }
    out.dedent();
    out.add();
}

void PythonDownload::writeFetch(ProgramText &out, bool async)
{
    out.add(QStringLiteral("# %1").arg(out.say(
        QStringLiteral("Where paths such as \"/bytes/1000\" are served: `corokitchen serve --port "
                       "8080`."),
        QStringLiteral("\"/bytes/1000\" 같은 경로를 내주는 서버: `corokitchen serve --port "
                       "8080`."))));
    out.add(QStringLiteral(
        "SERVER = os.environ.get(\"COROKITCHEN_SERVER\", \"http://127.0.0.1:8080\")"));
    out.add();
    writeFailed(out);
    const QString doc =
        out.say(QStringLiteral(
                    "\"\"\"GET `url` and yield its body as it arrives, at most `chunk` bytes at a "
                    "time.\"\"\""),
                QStringLiteral("\"\"\"`url`을 GET으로 받아, 도착하는 대로 최대 `chunk` 바이트씩 "
                               "내어 줍니다.\"\"\""));
    out.add(QStringLiteral("%1 fetch(url, chunk=%2, timeout=%3):")
                .arg(async ? QStringLiteral("async def") : QStringLiteral("def"))
                .arg(kDefaultChunk)
                .arg(CodeSyntax::number(kDefaultTimeout)));
    out.indent();
    out.add(doc);
    writeFaultNote(out);
    if (async)
        writeAsyncFetchBody(out);
    else
        writeSyncFetchBody(out);
    out.dedent();
    out.add();
    if (!async)
        out.add();
}

void PythonDownload::writeFailed(ProgramText &out)
{
    out.add(QStringLiteral("def failed(error, url, timeout):"));
    out.indent();
    out.add(out.say(QStringLiteral("\"\"\"The exception CoroKitchen's download raises for "
                                   "`error`, with its message.\"\"\""),
                    QStringLiteral("\"\"\"`error` 대신 CoroKitchen의 다운로드가 던지는 예외(같은 "
                                   "메시지).\"\"\"")));
    out.add(QStringLiteral("if isinstance(error, TimeoutError):"));
    out.add(QStringLiteral("    return TimeoutError(f\"timed out: no data for {timeout} s\")"));
    out.add(QStringLiteral("if isinstance(error, ConnectionRefusedError):"));
    out.add(QStringLiteral("    return ConnectionRefusedError(f\"connection refused: {url}\")"));
    out.add(QStringLiteral("return error"));
    out.dedent();
    out.add();
    out.add();
}

void PythonDownload::writeSyncFetchBody(ProgramText &out)
{
    out.add(QStringLiteral("try:"));
    out.indent();
    out.add(QStringLiteral("with urllib.request.urlopen(url, timeout=timeout) as response:"));
    out.add(QStringLiteral("    got = 0"));
    out.add(QStringLiteral("    while data := response.read1(chunk):"));
    out.add(QStringLiteral("        got += len(data)"));
    out.add(QStringLiteral("        yield data"));
    out.add(QStringLiteral("    if response.length:  # %1")
                .arg(out.say(QStringLiteral("bytes the Content-Length still owes"),
                             QStringLiteral("Content-Length가 아직 남긴 바이트"))));
    out.add(QStringLiteral("        raise ConnectionError(f\"connection closed after {got} of "
                           "{got + response.length} bytes\")"));
    out.dedent();
    out.add(QStringLiteral("except urllib.error.HTTPError as error:"));
    out.add(QStringLiteral("    raise ConnectionError(f\"HTTP {error.code} {error.reason}\") from "
                           "None"));
    out.add(QStringLiteral("except urllib.error.URLError as error:"));
    out.add(QStringLiteral("    raise failed(error.reason, url, timeout) from None"));
    out.add(QStringLiteral("except TimeoutError as error:"));
    out.add(QStringLiteral("    raise failed(error, url, timeout) from None"));
}

void PythonDownload::writeAsyncFetchBody(ProgramText &out)
{
    out.add(QStringLiteral("parts = urllib.parse.urlsplit(url)"));
    out.add(QStringLiteral("secure = parts.scheme == \"https\""));
    out.add(QStringLiteral("port = parts.port or (443 if secure else 80)"));
    out.add(QStringLiteral("try:"));
    out.indent();
    out.add(QStringLiteral(
        "opening = asyncio.open_connection(parts.hostname, port, ssl=secure or None)"));
    out.add(QStringLiteral("reader, writer = await asyncio.wait_for(opening, timeout)"));
    out.dedent();
    out.add(QStringLiteral("except (TimeoutError, ConnectionRefusedError) as error:"));
    out.add(QStringLiteral("    raise failed(error, url, timeout) from None"));
    out.add(QStringLiteral("target = (parts.path or \"/\") + (\"?\" + parts.query if parts.query "
                           "else \"\")"));
    out.add(QStringLiteral("# %1").arg(out.say(
        QStringLiteral("HTTP/1.0: the body comes as it is, and the server closes at its end."),
        QStringLiteral("HTTP/1.0: 본문이 그대로 오고, 끝나면 서버가 연결을 닫습니다."))));
    out.add(QStringLiteral(
        "writer.write(f\"GET {target} HTTP/1.0\\r\\nHost: {parts.netloc}\\r\\n\\r\\n\".encode())"));
    out.add(QStringLiteral("try:"));
    out.indent();
    out.add(
        QStringLiteral("status = (await asyncio.wait_for(reader.readline(), timeout)).split()"));
    out.add(QStringLiteral("if len(status) < 2 or int(status[1]) >= 400:"));
    out.add(
        QStringLiteral("    raise ConnectionError(\"HTTP \" + b\" \".join(status[1:]).decode())"));
    out.add(QStringLiteral("length = None"));
    out.add(QStringLiteral(
        "while line := (await asyncio.wait_for(reader.readline(), timeout)).strip():"));
    out.add(QStringLiteral("    name, _, value = line.partition(b\":\")  # %1")
                .arg(out.say(QStringLiteral("a header"), QStringLiteral("헤더 하나"))));
    out.add(QStringLiteral("    if name.strip().lower() == b\"content-length\":"));
    out.add(QStringLiteral("        length = int(value)"));
    out.add(QStringLiteral("got = 0"));
    out.add(QStringLiteral("while data := await asyncio.wait_for(reader.read(chunk), timeout):"));
    out.add(QStringLiteral("    got += len(data)"));
    out.add(QStringLiteral("    yield data"));
    out.add(QStringLiteral("if length is not None and got < length:"));
    out.add(QStringLiteral("    raise ConnectionError(f\"connection closed after {got} of {length} "
                           "bytes\")"));
    out.dedent();
    out.add(QStringLiteral("except TimeoutError as error:"));
    out.add(QStringLiteral("    raise failed(error, url, timeout) from None"));
    out.add(QStringLiteral("finally:"));
    out.add(QStringLiteral("    writer.close()"));
}

void PythonDownload::writeFaultNote(ProgramText &out)
{
    out.add(out.say(QStringLiteral("# A fault raises ConnectionError or TimeoutError (both "
                                   "OSError), as the app's download does."),
                    QStringLiteral("# 실패하면 앱의 다운로드처럼 ConnectionError나 TimeoutError"
                                   "(둘 다 OSError)를 던집니다.")));
}

void PythonDownload::writeStep(ProgramText &out, const CodeLocation &location, const Step &step,
                               bool async, double speed)
{
    out.add(location, QStringLiteral("%1for _chunk in %2:")
                          .arg(async ? QStringLiteral("async ") : QString(), callOf(step, speed)));
    out.indent();
    if (step.routineNames.isEmpty())
        out.add(QStringLiteral("pass  # %1")
                    .arg(out.say(QStringLiteral("the bytes are not used"),
                                 QStringLiteral("받은 바이트는 쓰지 않습니다"))));
    else
        out.add(QStringLiteral("%1%2()").arg(async ? QStringLiteral("await ") : QString(),
                                             CodeSyntax::pythonName(step.routineNames.front())));
    out.dedent();
}

QString PythonDownload::callOf(const Step &step, double speed)
{
    const DownloadSpec &spec = *step.download;
    QStringList arguments;
    const QString timeout = CodeSyntax::pythonSeconds(spec.timeout, speed);
    const bool defaultTimeout = timeout == CodeSyntax::number(kDefaultTimeout);
    if (spec.isEmbedded()) {
        arguments
            << QString::number(spec.bytes)
            << QStringLiteral("rate=%1").arg(CodeSyntax::number(spec.rate * speed))
            << QStringLiteral("latency=%1").arg(CodeSyntax::pythonSeconds(spec.latency, speed))
            << QStringLiteral("chunk=%1").arg(spec.chunk);
        if (spec.dropAfter >= 0 && spec.dropAfter < spec.bytes)
            arguments << QStringLiteral("drop_after=%1").arg(spec.dropAfter);
        if (DownloadUse::fails(spec) && !defaultTimeout)
            arguments << QStringLiteral("timeout=%1").arg(timeout);
        return QStringLiteral("download(%1)").arg(arguments.join(QStringLiteral(", ")));
    }
    arguments << (spec.url.startsWith(QLatin1Char('/'))
                      ? QStringLiteral("SERVER + %1").arg(CodeSyntax::pythonString(spec.url))
                      : CodeSyntax::pythonString(spec.url));
    if (spec.chunk != kDefaultChunk)
        arguments << QStringLiteral("chunk=%1").arg(spec.chunk);
    if (!defaultTimeout)
        arguments << QStringLiteral("timeout=%1").arg(timeout);
    return QStringLiteral("fetch(%1)").arg(arguments.join(QStringLiteral(", ")));
}

} // namespace ck
