#pragma once

// The process's own memory as Linux counts it, for tests that bound what a job takes: its
// resident set now, and its peak since the last reset.

#include <QFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cktest {

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Sets the peak (VmHWM) back to the resident set now; false where the kernel does not allow it,
// and the peak is then the process's whole life. Memory freed before is given back first:
// reused without a page fault, it would not count against what comes next.
inline bool resetPeak()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && clear.write("5") == 1;
}

// Makes something and says how far the peak resident set rose above the start while it did
// (in kB), printing both.
template <typename Make> auto withPeakGrowth(Make make, qint64 &growthKb)
{
    const bool peakReset = resetPeak();
    const qint64 before = statusKb("VmRSS");
    auto made = make();
    growthKb = statusKb("VmHWM") - before;
    qInfo("%lld bytes; peak RSS %lld kB above the start (peak %s)", qint64(made.size()), growthKb,
          peakReset ? "reset before" : "of the process");
    return made;
}

} // namespace cktest
