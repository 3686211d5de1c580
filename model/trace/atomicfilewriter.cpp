#include "atomicfilewriter.h"

#include <QDir>
#include <QSaveFile>

namespace ck {

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

bool AtomicFileWriter::write(const QString &path, const std::function<bool(QIODevice &)> &writeTo,
                             QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString(), error);
    if (!writeTo(file)) {
        // The device may know why (disk full); otherwise the producer gave up on its own.
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : tr("the data could not be written");
        file.cancelWriting();
        return fail(path, reason, error);
    }
    if (!file.commit())
        return fail(path, file.errorString(), error);
    return true;
}

bool AtomicFileWriter::fail(const QString &path, const QString &reason, QString *error)
{
    if (error)
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace ck
