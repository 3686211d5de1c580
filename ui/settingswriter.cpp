#include "settingswriter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>

namespace ck {

namespace {

// A QSettings that leaves its file to the disk thread: Qt would write the file on the window's
// thread at the next turn of its event loop (an UpdateRequest event it posts to itself).
class UnsyncedSettings : public QSettings
{
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            return true;
        return QSettings::event(event);
    }
};

QPointer<SettingsWriter> &theWriter()
{
    static QPointer<SettingsWriter> writer;
    return writer;
}

} // namespace

SettingsWriter::SettingsWriter(QObject *parent) : QObject(parent)
{
    m_disk.setMaxThreadCount(1);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &SettingsWriter::flush);
}

SettingsWriter::~SettingsWriter()
{
    flush();
}

SettingsWriter *SettingsWriter::instance()
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || QThread::currentThread() != application->thread())
        return nullptr;
    QPointer<SettingsWriter> &writer = theWriter();
    if (!writer)
        writer = new SettingsWriter(application); // deleted with the application: on disk then
    return writer;
}

void SettingsWriter::setValue(const QString &key, const QVariant &value)
{
    if (SettingsWriter *writer = instance())
        writer->set(key, value);
    else
        QSettings().setValue(key, value); // written when this QSettings goes
}

void SettingsWriter::flush()
{
    if (SettingsWriter *writer = theWriter(); writer && writer->m_settings) {
        writer->m_disk.waitForDone();
        writer->m_settings->sync(); // what was set after the last write began
    }
}

QString SettingsWriter::whichFile()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QCoreApplication::organizationName(), QCoreApplication::applicationName(),
             QStandardPaths::isTestModeEnabled() ? QStringLiteral("test") : QString());
}

void SettingsWriter::set(const QString &key, const QVariant &value)
{
    // The file follows the application's and organisation's names (tests change them).
    if (m_settings && m_whichFile != whichFile()) {
        flush();
        m_settings.reset();
    }
    if (!m_settings) {
        m_whichFile = whichFile();
        m_settings = std::make_unique<UnsyncedSettings>();
    }
    m_settings->setValue(key, value);
    if (!m_writeQueued.exchange(true))
        m_disk.start([this, fileName = m_settings->fileName(), format = m_settings->format()] {
            write(fileName, format);
        });
}

void SettingsWriter::write(const QString &fileName, QSettings::Format format)
{
    m_writeQueued = false; // what is set from now on is written again
    // Made here, it shares the values set through m_settings, and writes them as it is made.
    QSettings(fileName, format).sync();
}

} // namespace ck
