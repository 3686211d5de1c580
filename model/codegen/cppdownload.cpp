#include "cppdownload.h"

#include "codesyntax.h"
#include "programtext.h"
#include "scenario/step.h"

namespace ck {

namespace {

const std::chrono::nanoseconds kDefaultTimeout = std::chrono::seconds(30);

} // namespace

QStringList CppDownload::includes(const DownloadUse &use, bool async)
{
    QStringList lines;
    if (use.simulated || use.fetched)
        lines << (async ? QStringLiteral("#include <QCoroAsyncGenerator>")
                        : QStringLiteral("#include <QCoroGenerator>"));
    if (use.fetched) {
        lines << QStringLiteral("#include <QNetworkAccessManager>")
              << QStringLiteral("#include <QNetworkReply>") << QStringLiteral("#include <QUrl>");
        lines << (async ? QStringLiteral("#include <QCoroNetworkReply>")
                        : QStringLiteral("#include <QEventLoop>"));
    }
    return lines;
}

void CppDownload::writeHelpers(ProgramText &out, const DownloadUse &use, bool async)
{
    if (use.simulated)
        writeSimulation(out, use.faults, async);
    if (use.fetched)
        writeFetch(out, async);
}

void CppDownload::writeSimulation(ProgramText &out, bool faults, bool async)
{
    out.add(out.say(QStringLiteral("// CoroKitchen's embedded server, simulated: `size` bytes in "
                                   "writes of `chunk`, each one due"),
                    QStringLiteral("// CoroKitchen 내장 서버를 흉내 냅니다: `size` 바이트를 "
                                   "`chunk` 바이트씩, `latency` 뒤부터")));
    out.add(out.say(QStringLiteral("// when `rate` bytes a second have earned it, after `latency`. "
                                   "Yields each chunk's size."),
                    QStringLiteral("// 초당 `rate` 바이트의 속도로 보냅니다. 청크마다 그 크기를 "
                                   "내어 줍니다.")));
    if (faults)
        writeFaultNote(out);
    const QString generator =
        async ? QStringLiteral("QCoro::AsyncGenerator") : QStringLiteral("QCoro::Generator");
    const QString signature = QStringLiteral("%1<qint64> download(").arg(generator);
    if (faults) {
        out.add(signature +
                QStringLiteral("qint64 size, double rate, std::chrono::nanoseconds latency,"));
        out.add(QString(signature.size(), QLatin1Char(' ')) +
                QStringLiteral("qint64 chunk, qint64 dropAfter = -1,"));
        out.add(QString(signature.size(), QLatin1Char(' ')) +
                QStringLiteral("std::chrono::nanoseconds timeout = 30s)"));
    } else {
        out.add(signature +
                QStringLiteral("qint64 size, double rate, std::chrono::nanoseconds latency,"));
        out.add(QString(signature.size(), QLatin1Char(' ')) + QStringLiteral("qint64 chunk)"));
    }
    out.add(QStringLiteral("{"));
    out.indent();
    const QString now =
        async ? QStringLiteral("loop->now()") : QStringLiteral("std::chrono::steady_clock::now()");
    out.add(QStringLiteral("const auto start = %1;").arg(now));
    const QString size = faults ? QStringLiteral("delivered") : QStringLiteral("size");
    if (faults) {
        out.add(QStringLiteral(
            "const qint64 delivered = dropAfter >= 0 ? std::min(size, dropAfter) : size;"));
        out.add(QStringLiteral("std::chrono::nanoseconds last{0};"));
    }
    out.add(QStringLiteral("qint64 sent = 0;"));
    out.add(QStringLiteral("do {"));
    out.indent();
    out.add(QStringLiteral("qint64 piece = std::min(chunk, %1 - sent);").arg(size));
    out.add(QStringLiteral("sent += piece;"));
    out.add(QStringLiteral("const auto arrival ="));
    out.add(QStringLiteral("    latency + std::chrono::nanoseconds(rate > 0 ? std::llround(sent / "
                           "rate * 1e9) : 0);"));
    const QString sleep = async ? QStringLiteral("co_await loop->sleep")
                                : QStringLiteral("std::this_thread::sleep_for");
    if (faults) {
        out.add(QStringLiteral("if (arrival - last > timeout) {"));
        out.add(QStringLiteral("    %1(start + last + timeout - %2);").arg(sleep, now));
        out.add(QStringLiteral("    throw ck::PythonException(QStringLiteral(\"TimeoutError\"),"));
        out.add(QStringLiteral("                              QStringLiteral(\"timed out: no data "
                               "for %1 s\")"));
        out.add(QStringLiteral("                                  .arg(std::chrono::duration<"
                               "double>(timeout).count()));"));
        out.add(QStringLiteral("}"));
    }
    out.add(QStringLiteral("if (const auto wait = start + arrival - %1; wait > 0ns)").arg(now));
    out.add(QStringLiteral("    %1(wait);").arg(sleep));
    out.add(QStringLiteral("if (piece > 0)"));
    out.add(QStringLiteral("    co_yield piece; // %1")
                .arg(out.say(QStringLiteral("a chunk has arrived"),
                             QStringLiteral("청크 하나가 도착했습니다"))));
    if (faults)
        out.add(QStringLiteral("last = arrival;"));
    out.dedent();
    out.add(QStringLiteral("} while (sent < %1);").arg(size));
    if (faults) {
        out.add(QStringLiteral("if (delivered < size)"));
        out.add(
            QStringLiteral("    throw ck::PythonException(QStringLiteral(\"ConnectionError\"),"));
        out.add(QStringLiteral("                              QStringLiteral(\"connection closed "
                               "after %1 of %2 bytes\")"));
        out.add(QStringLiteral("                                  .arg(delivered)"));
        out.add(QStringLiteral("                                  .arg(size));"));
    }
    out.dedent();
    out.add(QStringLiteral("}"));
    out.add();
}

void CppDownload::writeFetch(ProgramText &out, bool async)
{
    out.add(out.say(QStringLiteral("// Where paths such as \"/bytes/1000\" are served: "
                                   "`corokitchen serve --port 8080`."),
                    QStringLiteral("// \"/bytes/1000\" 같은 경로를 내주는 서버: "
                                   "`corokitchen serve --port 8080`.")));
    out.add(QStringLiteral("QUrl server(const QString &path)"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    const QString base ="));
    out.add(QStringLiteral("        qEnvironmentVariable(\"COROKITCHEN_SERVER\", "
                           "QStringLiteral(\"http://127.0.0.1:8080\"));"));
    out.add(QStringLiteral("    return QUrl(base).resolved(QUrl(path));"));
    out.add(QStringLiteral("}"));
    out.add();
    writeFailed(out);
    out.add(out.say(QStringLiteral("// GET `url` with Qt's network stack; yields the body as it "
                                   "arrives, at most `chunk` bytes"),
                    QStringLiteral("// Qt 네트워크로 `url`을 GET합니다. 본문을 도착하는 대로 "
                                   "최대 `chunk` 바이트씩")));
    out.add(out.say(async ? QStringLiteral("// at a time.")
                          : QStringLiteral("// at a time, blocking the program meanwhile."),
                    async ? QStringLiteral("// 내어 줍니다.")
                          : QStringLiteral("// 내어 주고, 그동안 프로그램을 막습니다.")));
    writeFaultNote(out);
    const QString signature = QStringLiteral("%1<QByteArray> fetch(")
                                  .arg(async ? QStringLiteral("QCoro::AsyncGenerator")
                                             : QStringLiteral("QCoro::Generator"));
    out.add(signature + QStringLiteral("QUrl url, qint64 chunk = 16384,"));
    out.add(QString(signature.size(), QLatin1Char(' ')) +
            QStringLiteral("std::chrono::nanoseconds timeout = 30s)"));
    out.add(QStringLiteral("{"));
    out.indent();
    out.add(QStringLiteral(
        "static auto *network = new QNetworkAccessManager(QCoreApplication::instance());"));
    out.add(QStringLiteral("QNetworkRequest request(url);"));
    out.add(QStringLiteral("const auto milliseconds = "
                           "std::chrono::ceil<std::chrono::milliseconds>(timeout).count();"));
    out.add(QStringLiteral("request.setTransferTimeout(int(std::max<qint64>(1, milliseconds)));"));
    out.add(QStringLiteral("QNetworkReply *reply = network->get(request);"));
    out.add(QStringLiteral("qint64 got = 0;"));
    out.add(QStringLiteral("while (!reply->isFinished() || reply->bytesAvailable() > 0) {"));
    out.indent();
    out.add(QStringLiteral("if (reply->bytesAvailable() > 0) {"));
    out.add(QStringLiteral("    QByteArray data = reply->read(chunk);"));
    out.add(QStringLiteral("    got += data.size();"));
    out.add(QStringLiteral("    co_yield data;"));
    out.add(QStringLiteral("    continue;"));
    out.add(QStringLiteral("}"));
    if (async) {
        out.add(QStringLiteral("co_await qCoro(reply).waitForReadyRead(-1);"));
    } else {
        out.add(QStringLiteral("QEventLoop waiting; // %1")
                    .arg(out.say(QStringLiteral("only the network runs meanwhile"),
                                 QStringLiteral("그동안 네트워크만 돌아갑니다"))));
        out.add(QStringLiteral(
            "QObject::connect(reply, &QNetworkReply::readyRead, &waiting, &QEventLoop::quit);"));
        out.add(QStringLiteral(
            "QObject::connect(reply, &QNetworkReply::finished, &waiting, &QEventLoop::quit);"));
        out.add(QStringLiteral("waiting.exec();"));
    }
    out.dedent();
    out.add(QStringLiteral("}"));
    out.add(QStringLiteral("reply->deleteLater(); // %1")
                .arg(out.say(QStringLiteral("not delete: QCoro may still be in one of its signals"),
                             QStringLiteral("delete는 안 됩니다: QCoro가 아직 시그널 안에 있을 수 "
                                            "있습니다"))));
    out.add(QStringLiteral("if (reply->error() != QNetworkReply::NoError)"));
    out.add(QStringLiteral("    throw failed(*reply, got, timeout);"));
    out.dedent();
    out.add(QStringLiteral("}"));
    out.add();
}

void CppDownload::writeFailed(ProgramText &out)
{
    out.add(out.say(QStringLiteral("// The exception CoroKitchen's download raises for a failed "
                                   "reply, with its message."),
                    QStringLiteral("// 실패한 응답 대신 CoroKitchen의 다운로드가 던지는 예외(같은 "
                                   "메시지).")));
    out.add(QStringLiteral("ck::PythonException failed(QNetworkReply &reply, qint64 got, "
                           "std::chrono::nanoseconds timeout)"));
    out.add(QStringLiteral("{"));
    out.indent();
    out.add(QStringLiteral(
        "const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();"));
    out.add(QStringLiteral("const QString type = QStringLiteral(\"ConnectionError\");"));
    out.add(QStringLiteral("if (status >= 400) {"));
    out.add(QStringLiteral("    const QVariant reason = "
                           "reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute);"));
    out.add(QStringLiteral("    return ck::PythonException(type, QStringLiteral(\"HTTP %1 %2\")"));
    out.add(QStringLiteral("                                         .arg(status)"));
    out.add(QStringLiteral("                                         .arg(reason.toString())"));
    out.add(QStringLiteral("                                         .trimmed());"));
    out.add(QStringLiteral("}"));
    out.add(QStringLiteral(
        "const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong();"));
    out.add(QStringLiteral("if (reply.error() == QNetworkReply::RemoteHostClosedError && length > "
                           "got)"));
    out.add(
        QStringLiteral("    return ck::PythonException(type, QStringLiteral(\"connection closed "
                       "after %1 of %2 bytes\")"));
    out.add(QStringLiteral("                                         .arg(got)"));
    out.add(QStringLiteral("                                         .arg(length));"));
    out.add(QStringLiteral("switch (reply.error()) {"));
    out.add(QStringLiteral("case QNetworkReply::ConnectionRefusedError:"));
    out.add(QStringLiteral(
        "    return ck::PythonException(QStringLiteral(\"ConnectionRefusedError\"),"));
    out.add(QStringLiteral("                               QStringLiteral(\"connection refused: "
                           "%1\")"));
    out.add(
        QStringLiteral("                                   .arg(reply.url().toDisplayString()));"));
    out.add(QStringLiteral("case QNetworkReply::OperationCanceledError: // %1")
                .arg(out.say(QStringLiteral("the transfer timeout"),
                             QStringLiteral("전송 시간 제한"))));
    out.add(QStringLiteral("case QNetworkReply::TimeoutError:"));
    out.add(QStringLiteral("    return ck::PythonException(QStringLiteral(\"TimeoutError\"),"));
    out.add(QStringLiteral("                               QStringLiteral(\"timed out: no data for "
                           "%1 s\")"));
    out.add(QStringLiteral("                                   .arg(std::chrono::duration<double>"
                           "(timeout).count()));"));
    out.add(QStringLiteral("default:"));
    out.add(QStringLiteral("    return ck::PythonException(type, reply.errorString());"));
    out.add(QStringLiteral("}"));
    out.dedent();
    out.add(QStringLiteral("}"));
    out.add();
}

void CppDownload::writeStep(ProgramText &out, const CodeLocation &location, const Step &step,
                            bool async, double speed)
{
    const QString value = step.download->isEmbedded() ? QStringLiteral("qint64 bytes")
                                                      : QStringLiteral("const QByteArray &bytes");
    out.add(location,
            async ? QStringLiteral("QCORO_FOREACH(%1, %2) {").arg(value, callOf(step, speed))
                  : QStringLiteral("for (%1 : %2) {").arg(value, callOf(step, speed)));
    out.indent();
    out.add(QStringLiteral("Q_UNUSED(bytes); // %1")
                .arg(out.say(QStringLiteral("the bytes are not used"),
                             QStringLiteral("받은 바이트는 쓰지 않습니다"))));
    if (!step.routineNames.isEmpty())
        out.add(QStringLiteral("%1%2();").arg(async ? QStringLiteral("co_await ") : QString(),
                                              CodeSyntax::cppName(step.routineNames.front())));
    out.dedent();
    out.add(QStringLiteral("}"));
}

void CppDownload::writeFaultNote(ProgramText &out)
{
    out.add(out.say(QStringLiteral("// A fault throws Python's ConnectionError or TimeoutError "
                                   "(ck::PythonException), as the app's download does."),
                    QStringLiteral("// 실패하면 앱의 다운로드처럼 파이썬의 ConnectionError나 "
                                   "TimeoutError(ck::PythonException)를 던집니다.")));
}

QString CppDownload::callOf(const Step &step, double speed)
{
    const DownloadSpec &spec = *step.download;
    QStringList arguments;
    const bool defaultTimeout = CodeSyntax::scaled(spec.timeout, speed) == kDefaultTimeout;
    if (spec.isEmbedded()) {
        arguments << QString::number(spec.bytes) << CodeSyntax::number(spec.rate * speed)
                  << CodeSyntax::cppDuration(spec.latency, speed) << QString::number(spec.chunk);
        if (DownloadUse::fails(spec)) {
            arguments << QString::number(spec.dropAfter);
            if (!defaultTimeout)
                arguments << CodeSyntax::cppDuration(spec.timeout, speed);
        }
        return QStringLiteral("download(%1)").arg(arguments.join(QStringLiteral(", ")));
    }
    arguments << (spec.url.startsWith(QLatin1Char('/'))
                      ? QStringLiteral("server(%1)").arg(CodeSyntax::cppString(spec.url))
                      : QStringLiteral("QUrl(%1)").arg(CodeSyntax::cppString(spec.url)));
    if (spec.chunk != 16384 || !defaultTimeout)
        arguments << QString::number(spec.chunk);
    if (!defaultTimeout)
        arguments << CodeSyntax::cppDuration(spec.timeout, speed);
    return QStringLiteral("fetch(%1)").arg(arguments.join(QStringLiteral(", ")));
}

} // namespace ck
