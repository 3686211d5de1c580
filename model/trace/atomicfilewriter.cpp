#include "atomicfilewriter.h"

#include "checkeddevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ck {

namespace {

// A device node, FIFO or socket: something to write into, never a file to replace.
bool isSpecialFile(const QString &path)
{
    const QFileInfo info(path); // follows symbolic links: /dev/stdout is one
    return info.exists() && !info.isFile() && !info.isDir();
}

#ifdef Q_OS_UNIX
// The descriptor of this process that `path` names ("/dev/stdout", "/dev/fd/3",
// "/proc/self/fd/1"), or -1. Opening such a path opens the file behind it anew, at its start
// (replacing it, or overwriting the lines already printed to a redirected stdout): the
// descriptor itself carries on where the shell's output has got to.
int ownDescriptor(const QString &path)
{
    const QStringList standard{QStringLiteral("/dev/stdin"), QStringLiteral("/dev/stdout"),
                               QStringLiteral("/dev/stderr")};
    if (const qsizetype index = standard.indexOf(path); index >= 0)
        return int(index);
    for (const QLatin1String prefix :
         {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        bool ok = false;
        const int fd = path.startsWith(prefix) ? path.mid(prefix.size()).toInt(&ok) : -1;
        if (ok && fd >= 0)
            return fd;
    }
    return -1;
}
#endif

} // namespace

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

bool AtomicFileWriter::write(const QString &path, const std::function<bool(QIODevice &)> &writeTo,
                             QString *error)
{
#ifdef Q_OS_UNIX
    if (const int own = ownDescriptor(path); own >= 0 && ::fcntl(own, F_GETFD) != -1)
        return writeToDescriptor(path, ::fcntl(own, F_DUPFD_CLOEXEC, 0), writeTo, error);
#endif
    if (isSpecialFile(path))
        return writeInPlace(path, writeTo, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString(), error);
    if (!produce(path, file, writeTo, error)) {
        file.cancelWriting(); // the destructor removes the temporary file
        return false;
    }
    if (!file.commit())
        return fail(path, file.errorString(), error);
    return true;
}

// /dev/null, /dev/stdout or a FIFO: renaming a temporary file over it would replace the node
// with a plain file, so the bytes go straight into it (there is no old content to keep).
bool AtomicFileWriter::writeInPlace(const QString &path,
                                    const std::function<bool(QIODevice &)> &writeTo, QString *error)
{
#ifdef Q_OS_UNIX
    // Non-blocking, so that a FIFO nobody reads fails at once (ENXIO) instead of hanging; the
    // writes themselves block as usual.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd >= 0)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return writeToDescriptor(path, fd, writeTo, error);
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString(), error);
    return produce(path, file, writeTo, error);
#endif
}

#ifdef Q_OS_UNIX
// Writes into an open descriptor, which it closes.
bool AtomicFileWriter::writeToDescriptor(const QString &path, int fd,
                                         const std::function<bool(QIODevice &)> &writeTo,
                                         QString *error)
{
    if (fd < 0)
        return fail(path, QString::fromLocal8Bit(std::strerror(errno)), error);
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(path, file.errorString(), error);
    }
    return produce(path, file, writeTo, error);
}
#endif

// Runs the producer through a device that catches every failed write, then flushes: painters
// ignore write errors and the last buffered bytes only reach the disk on the flush. On failure
// sets *error as fail() does.
bool AtomicFileWriter::produce(const QString &path, QFileDevice &file,
                               const std::function<bool(QIODevice &)> &writeTo, QString *error)
{
    CheckedDevice device(file);
    const bool produced = writeTo(device);
    const bool finished = device.finish();
    if (finished && produced)
        return true;
    return fail(path,
                device.failure().isEmpty() ? tr("the data could not be written") : device.failure(),
                error);
}

bool AtomicFileWriter::fail(const QString &path, const QString &reason, QString *error)
{
    if (error)
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace ck
