#include "cppprelude.h"

#include "codesyntax.h"
#include "cppdownload.h"
#include "programtext.h"

#include <algorithm>

namespace ck {

void CppPrelude::writeIncludes(ProgramText &out, const Needs &needs)
{
    const bool async = needs.async;
    QStringList project;
    if (async) {
        project << QStringLiteral("#include \"coro/realclock.h\"")
                << QStringLiteral("#include \"coro/scheduler.h\"")
                << QStringLiteral("#include \"coro/spawn.h\"");
        if (hasVirtualClock(needs))
            project << QStringLiteral("#include \"coro/virtualclock.h\"");
        if (needs.gather)
            project << QStringLiteral("#include \"coro/gatherawaiter.h\"");
        if (needs.events)
            project << QStringLiteral("#include \"coro/asyncevent.h\"");
        if (needs.limit > 0)
            project << QStringLiteral("#include \"coro/asyncsemaphore.h\"");
        if (needs.unawaited)
            project << QStringLiteral("#include \"coro/cancellederror.h\"")
                    << QStringLiteral("#include \"coro/canceltoken.h\"");
        if (needs.timeouts)
            project << QStringLiteral("#include \"coro/waitfor.h\"");
        if (needs.timeoutBlocks)
            project << QStringLiteral("#include \"coro/timeout.h\"")
                    << QStringLiteral("#include \"coro/timeouterror.h\"");
        if (needs.taskGroups)
            project << QStringLiteral("#include \"coro/exceptiongroup.h\"")
                    << QStringLiteral("#include \"coro/taskgroup.h\"");
        for (const NamedObject &object : needs.objects)
            project << QStringLiteral("#include \"coro/async%1.h\"")
                           .arg(NamedObject::typeName(object.type).toLower());
        if (needs.asCompleted)
            project << QStringLiteral("#include \"coro/ascompleted.h\"");
        if (needs.waits)
            project << QStringLiteral("#include \"coro/waitawaiter.h\"");
    }
    if (needs.raises || needs.downloads.faults || needs.downloads.fetched)
        project << QStringLiteral("#include \"coro/pythonexception.h\"");
    if (needs.catches)
        project << QStringLiteral("#include \"coro/exceptiontypes.h\"");
    if (needs.exceptStars)
        project << QStringLiteral("#include \"coro/exceptstar.h\"");
    if (needs.cancels)
        project << QStringLiteral("#include \"coro/cancellederror.h\"");
    if (needs.values)
        project << QStringLiteral("#include \"run/pyvalue.h\"");
    QStringList qt{QStringLiteral("#include <QString>"), QStringLiteral("#include <QTextStream>")};
    if (!async)
        qt << QStringLiteral("#include <QElapsedTimer>");
    if (async || needs.downloads.fetched)
        qt << QStringLiteral("#include <QCoreApplication>");
    if (async)
        qt << QStringLiteral("#include <QCoroTask>");
    if (needs.threads)
        qt << QStringLiteral("#include <QCoroFuture>") << QStringLiteral("#include <QFuture>")
           << QStringLiteral("#include <QPromise>") << QStringLiteral("#include <QThreadPool>");
    qt << CppDownload::includes(needs.downloads, async);
    QStringList standard{QStringLiteral("#include <charconv>"),
                         QStringLiteral("#include <chrono>")};
    if (async)
        standard << QStringLiteral("#include <memory>");
    if (async || needs.catches)
        standard << QStringLiteral("#include <exception>");
    if (needs.events || needs.cancels)
        standard << QStringLiteral("#include <map>");
    if (needs.events || needs.cancels)
        standard << QStringLiteral("#include <string>");
    if ((needs.limit > 0 && needs.events) || needs.unawaited)
        standard << QStringLiteral("#include <vector>");
    if (needs.downloads.simulated || needs.downloads.fetched)
        standard << QStringLiteral("#include <algorithm>");
    if (needs.downloads.simulated)
        standard << QStringLiteral("#include <cmath>");
    if (needs.gathersValues)
        standard << QStringLiteral("#include <tuple>");
    if (!async || needs.threads)
        standard << QStringLiteral("#include <thread>");
    for (QStringList *group : {&project, &qt, &standard}) {
        if (group->isEmpty())
            continue;
        std::sort(group->begin(), group->end());
        group->removeDuplicates();
        if (group != &project || !project.isEmpty())
            out.add();
        out.add(*group);
    }
}

void CppPrelude::writeGlobals(ProgramText &out, const Needs &needs)
{
    if (needs.async) {
        out.add(QStringLiteral("ck::Scheduler *loop = nullptr; // %1")
                    .arg(out.say(QStringLiteral("the event loop, like asyncio's (made in "
                                                "main())"),
                                 QStringLiteral("asyncio처럼 하나뿐인 이벤트 루프(main()에서 "
                                                "만듭니다)"))));
        out.add();
    }
    comment(out, QStringLiteral("Python's print(): one line on stdout, at once."),
            QStringLiteral("파이썬의 print(): stdout에 한 줄을 바로 씁니다."));
    out.add(QStringLiteral("void print(const QString &line)"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    static QTextStream out(stdout);"));
    out.add(QStringLiteral("    out << line << Qt::endl;"));
    out.add(QStringLiteral("}"));
    out.add();
    writeTwoDecimals(out);
    if (needs.events) {
        out.add(QStringLiteral("std::map<std::string, ck::AsyncEvent> done; // %1")
                    .arg(out.say(QStringLiteral("task name -> asyncio.Event, set when it ends"),
                                 QStringLiteral("태스크 이름 -> asyncio.Event, 끝나면 set"))));
        out.add();
    }
    if (needs.cancels) {
        out.add(QStringLiteral("std::map<std::string, ck::detail::TaskCore *> tasks; // %1")
                    .arg(out.say(QStringLiteral("task name -> its ck::Task, for task.cancel()"),
                                 QStringLiteral("태스크 이름 -> ck::Task, task.cancel()에 "
                                                "씁니다"))));
        out.add();
    }
    writeObjects(out, needs);
    if (needs.limit > 0)
        writeAdmission(out, needs);
    if (needs.unawaited)
        writeCancellation(out);
    if (needs.threads)
        writeToThread(out);
}

void CppPrelude::writeToThread(ProgramText &out)
{
    out.add(QStringLiteral("QThreadPool *workers = nullptr; // %1")
                .arg(out.say(QStringLiteral("asyncio's default executor (made in main())"),
                             QStringLiteral("asyncio의 기본 실행기(main()에서 만듭니다)"))));
    out.add();
    comment(out,
            QStringLiteral("asyncio.to_thread(): `call` runs on a worker thread; the coroutine "
                           "awaits its QFuture"),
            QStringLiteral("asyncio.to_thread(): `call`은 작업 스레드에서 돌고, 코루틴은 그 "
                           "QFuture를"));
    comment(out, QStringLiteral("(QCoro resumes it on the loop's thread when the call returns)."),
            QStringLiteral("await합니다(호출이 끝나면 QCoro가 루프의 스레드에서 재개합니다)."));
    out.add(QStringLiteral("template <typename Call> QFuture<void> toThread(Call call)"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    auto promise = std::make_shared<QPromise<void>>();"));
    out.add(QStringLiteral("    promise->start();"));
    out.add(QStringLiteral("    workers->start([promise, call] {"));
    out.add(QStringLiteral("        call();"));
    out.add(QStringLiteral("        promise->finish();"));
    out.add(QStringLiteral("    });"));
    out.add(QStringLiteral("    return promise->future();"));
    out.add(QStringLiteral("}"));
    out.add();
}

void CppPrelude::writeTwoDecimals(ProgramText &out)
{
    comment(out,
            QStringLiteral("Python's f\"{seconds:.2f}\": the exact binary value rounded, ties to "
                           "even (0.125 -> 0.12),"),
            QStringLiteral("파이썬의 f\"{seconds:.2f}\": 정확한 이진 값을 반올림하되 정확히 "
                           "절반이면 짝수 쪽으로(0.125 -> 0.12),"));
    comment(out, QStringLiteral("where QString::arg(seconds, 0, 'f', 2) rounds ties up (0.13)."),
            QStringLiteral("QString::arg(seconds, 0, 'f', 2)는 절반을 올립니다(0.13)."));
    out.add(QStringLiteral("QString twoDecimals(double seconds)"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    char text[64];"));
    out.add(
        QStringLiteral("    const auto end = std::to_chars(text, text + sizeof text, seconds,"));
    out.add(QStringLiteral("                                   std::chars_format::fixed, 2);"));
    out.add(QStringLiteral("    return QString::fromLatin1(text, end.ptr - text);"));
    out.add(QStringLiteral("}"));
    out.add();
}

void CppPrelude::writeCancellation(ProgramText &out)
{
    comment(out,
            QStringLiteral("asyncio.run cancels the tasks main() left running: they are kept "
                           "here, and each of their"),
            QStringLiteral("asyncio.run은 main()이 남겨 둔 태스크를 취소합니다: 그 태스크들을 "
                           "여기 모아 두고,"));
    comment(out,
            QStringLiteral("sleeps raises ck::CancelledError (Python's) once the loop "
                           "cancels them."),
            QStringLiteral("루프가 취소하면 sleep마다 ck::CancelledError(파이썬의 것)를 "
                           "던집니다."));
    out.add(QStringLiteral("ck::CancelToken *cancelling = nullptr;"));
    out.add(QStringLiteral("std::vector<ck::Task<>> leftovers;"));
    out.add(QStringLiteral("QCoro::Task<> sleep(std::chrono::nanoseconds duration)"));
    out.add(QStringLiteral("{"));
    // Not in the if's condition: GCC 12 ends the awaiter's life there before it resumes.
    out.add(QStringLiteral("    const bool slept = co_await loop->sleep(duration, cancelling);"));
    out.add(QStringLiteral("    if (!slept)"));
    out.add(QStringLiteral("        throw ck::CancelledError();"));
    out.add(QStringLiteral("}"));
    out.add();
}

QString CppPrelude::cppType(const NamedObject &object)
{
    const QString type = QStringLiteral("ck::Async") + NamedObject::typeName(object.type);
    return object.type == NamedObject::Type::Queue ? type + QStringLiteral("<QString>") : type;
}

void CppPrelude::writeObjects(ProgramText &out, const Needs &needs)
{
    if (needs.objects.empty())
        return;
    comment(out, QStringLiteral("The program's asyncio objects, made in main() on the loop."),
            QStringLiteral("프로그램의 asyncio 객체들로, main()에서 루프 위에 만듭니다."));
    for (const NamedObject &object : needs.objects)
        out.add(QStringLiteral("%1 *%2 = nullptr; // %3")
                    .arg(cppType(object), CodeSyntax::cppName(object.name),
                         object.pythonConstructor()));
    out.add();
}

void CppPrelude::writeAdmission(ProgramText &out, const Needs &needs)
{
    out.add(QStringLiteral("ck::AsyncSemaphore *semaphore = nullptr; // asyncio.Semaphore(%1)")
                .arg(needs.limit));
    out.add();
    comment(out,
            QStringLiteral("Gives the permit back when the task ends, however it ends (Python: "
                           "`async with`)."),
            QStringLiteral("태스크가 어떻게 끝나든 허가를 돌려줍니다(파이썬의 `async with`)."));
    out.add(QStringLiteral("struct Permit"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    Permit() = default;"));
    out.add(QStringLiteral("    Permit(const Permit &) = delete;"));
    out.add(QStringLiteral("    Permit &operator=(const Permit &) = delete;"));
    out.add(QStringLiteral("    ~Permit() { semaphore->release(); }"));
    out.add(QStringLiteral("};"));
    out.add();
    const bool events = needs.events;
    comment(out,
            events ? QStringLiteral("Waits for the tasks it comes after, then for a permit, then "
                                    "runs the task.")
                   : QStringLiteral("Waits for a permit, then runs the task."),
            events ? QStringLiteral("먼저 끝나야 할 태스크들과 허가를 기다린 뒤 태스크를 "
                                    "실행합니다.")
                   : QStringLiteral("허가를 기다린 뒤 태스크를 실행합니다."));
    out.add(QStringLiteral("template <typename T>"));
    out.add(events ? QStringLiteral("QCoro::Task<T> admitted(QCoro::Task<T> (*task)(), "
                                    "std::vector<std::string> after = {})")
                   : QStringLiteral("QCoro::Task<T> admitted(QCoro::Task<T> (*task)())"));
    out.add(QStringLiteral("{"));
    out.indent();
    if (events) {
        out.add(QStringLiteral("for (const std::string &name : after)"));
        out.add(QStringLiteral("    co_await done.at(name).wait();"));
    }
    out.add(QStringLiteral("co_await semaphore->acquire();"));
    out.add(QStringLiteral("Permit permit;"));
    out.add(QStringLiteral("co_return co_await task();"));
    out.dedent();
    out.add(QStringLiteral("}"));
    out.add();
}

void CppPrelude::writeRunner(ProgramText &out, const Needs &needs)
{
    out.add();
    comment(out,
            QStringLiteral("asyncio.run(main()): main starts on the loop's first iteration and "
                           "the program ends with it."),
            QStringLiteral("asyncio.run(main()): main은 루프의 첫 반복에서 시작하고, 끝나면 "
                           "프로그램도 끝납니다."));
    comment(out,
            QStringLiteral("QCoro loses the exception of a task nobody awaits: this one catches "
                           "it."),
            QStringLiteral("QCoro는 아무도 기다리지 않는 태스크의 예외를 잃어버리므로 여기서 "
                           "잡습니다."));
    out.add(QStringLiteral("QCoro::Task<> runMain()"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    try {"));
    out.add(QStringLiteral("        co_await ck::spawn(loop, asyncMain);"));
    if (needs.unawaited) {
        out.add(QStringLiteral("        // ") +
                out.say(QStringLiteral("asyncio.run stops the loop one iteration after main() "
                                       "returned, then cancels the tasks left."),
                        QStringLiteral("asyncio.run은 main()이 끝난 다음 반복이 끝나면 루프를 "
                                       "멈추고 남은 태스크를 취소합니다.")));
        out.add(QStringLiteral("        co_await loop->yieldNow();"));
        out.add(QStringLiteral("        co_await loop->iterationEnd();"));
        out.add(QStringLiteral("        cancelling->cancel();"));
        out.add(QStringLiteral("        for (ck::Task<> &task : leftovers) {"));
        // A task that waits for a queue's item, an event, a lock, has no sleep to end: it is
        // cancelled at its await as asyncio.run does (task.cancel()).
        out.add(QStringLiteral("            task.cancel();"));
        out.add(QStringLiteral("            try {"));
        out.add(QStringLiteral("                co_await task;"));
        out.add(QStringLiteral("            } catch (const ck::CancelledError &) {"));
        out.add(QStringLiteral("            }"));
        out.add(QStringLiteral("        }"));
    }
    out.add(QStringLiteral("        QCoreApplication::exit(0);"));
    if (needs.cancels) {
        out.add(QStringLiteral("    } catch (const ck::CancelledError &) {"));
        out.add(QStringLiteral("        loop->stop();"));
        out.add(
            QStringLiteral("        QTextStream(stderr) << \"asyncio.exceptions.CancelledError\" "
                           "<< Qt::endl;"));
        out.add(QStringLiteral("        QCoreApplication::exit(1);"));
    }
    out.add(QStringLiteral("    } catch (const std::exception &error) {"));
    out.add(QStringLiteral("        loop->stop(); // ") +
            out.say(QStringLiteral("nothing more runs, as in asyncio.run"),
                    QStringLiteral("asyncio.run처럼 더는 아무것도 돌지 않습니다")));
    out.add(QStringLiteral("        QTextStream(stderr) << error.what() << Qt::endl;"));
    out.add(QStringLiteral("        QCoreApplication::exit(1);"));
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("}"));
    out.add();
    out.add(QStringLiteral("} // namespace"));
    out.add();
    out.add(QStringLiteral("int main(int argc, char *argv[])"));
    out.add(QStringLiteral("{"));
    out.add(QStringLiteral("    QCoreApplication app(argc, argv);"));
    writeClock(out, needs);
    out.add(QStringLiteral("    loop = &scheduler;"));
    for (std::size_t i = 0; i < needs.objects.size(); ++i) {
        const NamedObject &object = needs.objects[i];
        QString arguments = QStringLiteral("scheduler");
        if (object.type == NamedObject::Type::Semaphore || object.type == NamedObject::Type::Queue)
            arguments += QStringLiteral(", %1").arg(object.value);
        out.add(QStringLiteral("    %1 object%2(%3);").arg(cppType(object)).arg(i).arg(arguments));
        out.add(QStringLiteral("    %1 = &object%2;").arg(CodeSyntax::cppName(object.name)).arg(i));
    }
    if (needs.threads) {
        out.add(QStringLiteral("    QThreadPool pool; // %1")
                    .arg(out.say(QStringLiteral("ThreadPoolExecutor(%1)"),
                                 QStringLiteral("ThreadPoolExecutor(%1)"))
                             .arg(needs.workers)));
        out.add(QStringLiteral("    pool.setMaxThreadCount(%1);").arg(needs.workers));
        out.add(QStringLiteral("    workers = &pool;"));
    }
    if (needs.unawaited) {
        out.add(QStringLiteral("    ck::CancelToken shutdown(&scheduler);"));
        out.add(QStringLiteral("    cancelling = &shutdown;"));
    }
    out.add(QStringLiteral("    const QCoro::Task<> running = runMain();"));
    out.add(QStringLiteral("    return app.exec();"));
    out.add(QStringLiteral("}"));
}

bool CppPrelude::hasVirtualClock(const Needs &needs)
{
    return !needs.threads && !needs.downloads.fetched;
}

void CppPrelude::writeClock(ProgramText &out, const Needs &needs)
{
    if (!hasVirtualClock(needs)) {
        out.add(QStringLiteral("    // ") +
                out.say(QStringLiteral("Worker threads and HTTP take wall time: the real clock "
                                       "only."),
                        QStringLiteral("작업 스레드와 HTTP는 실제 시간을 씁니다: 실제 시계만 "
                                       "됩니다.")));
        out.add(QStringLiteral("    ck::Scheduler scheduler(std::make_unique<ck::RealClock>());"));
        return;
    }
    out.add(QStringLiteral("    // ") +
            out.say(QStringLiteral("`program --virtual-clock` jumps through every sleep, as "
                                   "CoroKitchen's virtual clock does: no wall time, exact times."),
                    QStringLiteral("`program --virtual-clock`은 CoroKitchen의 가상 시계처럼 "
                                   "sleep을 건너뜁니다: 실제 시간 없이 정확한 시각.")));
    out.add(QStringLiteral("    std::unique_ptr<ck::Clock> clock;"));
    out.add(
        QStringLiteral("    if (app.arguments().contains(QStringLiteral(\"--virtual-clock\")))"));
    out.add(QStringLiteral("        clock = std::make_unique<ck::VirtualClock>();"));
    out.add(QStringLiteral("    else"));
    out.add(QStringLiteral("        clock = std::make_unique<ck::RealClock>();"));
    out.add(QStringLiteral("    ck::Scheduler scheduler(std::move(clock));"));
}

void CppPrelude::comment(ProgramText &out, const QString &english, const QString &korean)
{
    out.add(QStringLiteral("// ") + out.say(english, korean));
}

} // namespace ck
