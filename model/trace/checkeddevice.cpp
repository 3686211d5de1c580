#include "checkeddevice.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace ck {

CheckedDevice::CheckedDevice(QFileDevice &target) : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool CheckedDevice::finish()
{
    errno = 0;
    if (!failed() && !m_target.flush())
        recordFailure(errno);
    return !failed();
}

qint64 CheckedDevice::readData(char *, qint64)
{
    return -1;
}

qint64 CheckedDevice::writeData(const char *data, qint64 size)
{
    if (failed())
        return -1; // nothing after a gap: the file would be corrupt anyway
    qint64 written = 0;
    while (written < size) {
        errno = 0;
        const qint64 chunk = m_target.write(data + written, size - written);
        if (chunk <= 0) {
            recordFailure(errno);
            return -1;
        }
        written += chunk;
    }
    return written;
}

// The system's own words for errno when the write set it: QFileDevice says "Unknown error"
// when a buffered write got part of the way (the disk filled up in the middle of it).
void CheckedDevice::recordFailure(int error)
{
    m_failed = true;
    if (error != 0)
        m_failure = QString::fromLocal8Bit(std::strerror(error));
    else if (m_target.error() != QFileDevice::NoError)
        m_failure = m_target.errorString();
}

} // namespace ck
