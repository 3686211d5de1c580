#pragma once

#include <QIODevice>
#include <QString>

class QFileDevice;

namespace ck {

// A write-only device in front of a file that remembers the first failed write. QSvgGenerator,
// QPdfWriter and QTextStream carry on after a failed write and report nothing, so a full disk
// would pass for a finished export: every byte goes through here instead, and the first failure
// (in the OS's words, "No space left on device") stops the rest and is kept for the message.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QFileDevice &target);

    // Flushes the target's buffer: the last bytes of a file are written only then.
    bool finish();
    bool failed() const { return m_failed; }
    // Why, in the OS's words; empty when the file device did not say.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void recordFailure(int error);

    QFileDevice &m_target;
    bool m_failed = false;
    QString m_failure;
};

} // namespace ck
