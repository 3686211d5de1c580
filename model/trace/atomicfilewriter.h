#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QFileDevice;
class QIODevice;

namespace ck {

// Writes a file all at once or not at all: the bytes go to a temporary file beside the target
// that replaces it only when everything was written, so an export that fails half-way never
// leaves a truncated file where the user's previous export was. Every write and the final flush
// are checked (a full disk is a failure, whatever the producer thinks). A target that exists and
// is not a regular file (/dev/null, a FIFO) is written in place, never replaced; /dev/stdout,
// /dev/fd/N and /proc/self/fd/N are written through the process's own descriptor, after
// whatever it has printed there already.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // On failure returns false and sets *error (if given) to "cannot write <path>: <reason>".
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // writeTo fills the device; returning false abandons the write and keeps the old file.
    static bool write(const QString &path, const std::function<bool(QIODevice &)> &writeTo,
                      QString *error);

private:
    static bool writeInPlace(const QString &path, const std::function<bool(QIODevice &)> &writeTo,
                             QString *error);
    static bool writeToDescriptor(const QString &path, int fd,
                                  const std::function<bool(QIODevice &)> &writeTo, QString *error);
    static bool produce(const QString &path, QFileDevice &file,
                        const std::function<bool(QIODevice &)> &writeTo, QString *error);
    static bool fail(const QString &path, const QString &reason, QString *error);
};

} // namespace ck
