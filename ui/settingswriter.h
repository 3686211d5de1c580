#pragma once

#include <QObject>
#include <QSettings>
#include <QThreadPool>
#include <QVariant>

#include <atomic>
#include <memory>

namespace ck {

// Puts the window's settings on disk off the window's thread. A value set here is the
// process's at once: every QSettings of the application reads it (Qt shares one copy of a
// settings file among them while one of them lives, as the writer's own does). Writing the file
// (a lock, a rewrite, a flush to disk: 2–25 ms on a busy disk) happens on a thread of its own,
// once for the values set in between. Everything set is on disk when the application quits, or
// when flush() returns. (A QSettings made on the window's thread while a write waits writes the
// file there, as before: Qt's QSettings writes what is pending when it is made.)
class SettingsWriter : public QObject
{
    Q_OBJECT

public:
    // On the application's thread only; elsewhere (or without an application) written at once.
    static void setValue(const QString &key, const QVariant &value);
    // Returns once everything set so far is on disk.
    static void flush();

private:
    explicit SettingsWriter(QObject *parent);
    ~SettingsWriter() override;

    static SettingsWriter *instance(); // nullptr off the application's thread
    // Which file the default QSettings is: the names and test mode it is made from.
    static QString whichFile();
    void set(const QString &key, const QVariant &value);
    void write(const QString &fileName, QSettings::Format format);

    std::unique_ptr<QSettings> m_settings; // kept, so the file's values stay shared and unsaved
    QString m_whichFile;                   // whichFile() when m_settings was made
    QThreadPool m_disk;                    // one thread: one write at a time, in order
    std::atomic<bool> m_writeQueued{false};
};

} // namespace ck
