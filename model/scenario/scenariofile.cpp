#include "scenariofile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ck {

namespace {

QString notRegular(mode_t mode)
{
    return S_ISDIR(mode) ? ScenarioFile::tr("is a directory")
                         : ScenarioFile::tr("is not a regular file");
}

} // namespace

ScenarioFile::Contents ScenarioFile::read(const QString &path, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return openFailed(path, errno);
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        ::close(fd);
        return refused(tr("cannot read: %1").arg(qt_error_string(error)));
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return refused(notRegular(status.st_mode));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refused(tr("cannot read: %1").arg(file.errorString()));
    }
    // The size is read, never trusted: the file may grow while it is read.
    Contents contents{Status::Read, file.read(maxBytes), {}};
    if (file.error() != QFileDevice::NoError)
        return refused(tr("cannot read: %1").arg(file.errorString()));
    return contents;
}

ScenarioFile::Contents ScenarioFile::refused(const QString &reason)
{
    return {Status::Refused, {}, reason};
}

// A socket cannot be opened at all (ENXIO); it is named for what it is, like a FIFO.
ScenarioFile::Contents ScenarioFile::openFailed(const QString &path, int error)
{
    if (error == ENOENT)
        return {Status::Missing, {}, tr("No such file or directory")};
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0 && !S_ISREG(status.st_mode))
        return refused(notRegular(status.st_mode));
    return refused(tr("cannot read: %1").arg(qt_error_string(error)));
}

} // namespace ck
