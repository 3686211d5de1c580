#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ck {

// Reads the bytes of a scenario file without ever blocking on something that is not one. The
// path is opened first, non-blocking, and then what was opened is checked (fstat): checking
// the path and then opening it would let a FIFO swapped in between hang the reader forever.
// Directories, FIFOs, sockets and devices are refused with a reason of their own.
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    enum class Status { Read, Missing, Refused };

    struct Contents
    {
        Status status = Status::Refused;
        QByteArray bytes; // Read: at most maxBytes of the file
        QString error;    // Missing and Refused: the reason, without the path
    };

    static Contents read(const QString &path, qint64 maxBytes);

private:
    static Contents refused(const QString &reason);
    static Contents openFailed(const QString &path, int error);
};

} // namespace ck
