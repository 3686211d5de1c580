#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstring>
#include <memory>

class QIODevice;

namespace ck {

// A buffered writer for the trace, CSV and JSON exports: bytes are gathered in a buffer of its
// own and handed to the device a few hundred kilobytes at a time, so an export of a million
// spans never holds more than that of its file, whatever the file's size. Text is written as
// UTF-8 exactly as QString::toUtf8() and QJsonDocument write it, numbers as QJsonDocument
// writes them, without a QString or QByteArray per value on the common path. The first failed
// write of the device stops the rest (flush() and ok() say so); the destructor flushes.
class ExportStream
{
public:
    explicit ExportStream(QIODevice &device);
    ~ExportStream();
    ExportStream(const ExportStream &) = delete;
    ExportStream &operator=(const ExportStream &) = delete;

    ExportStream &operator<<(char c)
    {
        if (m_used == kCapacity)
            flush();
        m_buffer[m_used++] = c;
        return *this;
    }
    ExportStream &operator<<(QByteArrayView bytes);
    ExportStream &operator<<(const char *bytes) { return *this << QByteArrayView(bytes); }
    ExportStream &operator<<(const QByteArray &bytes) { return *this << QByteArrayView(bytes); }

    // The text in UTF-8, as QString::toUtf8() writes it.
    void text(QStringView text);
    // The text as a JSON string with its quotes, as QJsonDocument writes it.
    void jsonString(QStringView text);
    // A whole number, as QByteArray::number writes it.
    void integer(qint64 value);
    // A number as QJsonDocument writes a double (QJsonValue): a whole number up to 2^53 as an
    // integer, others in the shortest digits that read back the same, "null" when not finite.
    void jsonNumber(double value);
    // `count` spaces.
    void spaces(int count);

    // Hands the buffer to the device; false once any write has failed.
    bool flush();
    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype kCapacity = 256 * 1024;
    // Room for the longest number or escape written straight into the buffer.
    static constexpr qsizetype kNumberRoom = 64;

    // At least `size` bytes free (size <= kCapacity).
    char *reserve(qsizetype size)
    {
        if (m_used + size > kCapacity)
            flush();
        return m_buffer.get() + m_used;
    }

    QIODevice &m_device;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_used = 0;
    bool m_ok = true;
};

} // namespace ck
