#pragma once

#include "programscenario.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

namespace ck {

// One "Open as scenario" conversion of a .py program (ProgramScenario): the harness's converter
// run as a child process, which the window awaits without blocking (finished()) and the command
// line waits for (waitForFinished). Destroyed while the converter runs, it kills it.
class ProgramConversion : public QObject
{
    Q_OBJECT

public:
    explicit ProgramConversion(QString program, QObject *parent = nullptr);
    ~ProgramConversion() override;

    // Starts the converter. finished() follows, from the event loop, also when it cannot start.
    void start();
    // Blocks until the conversion is over; the result is then ready.
    void waitForFinished();
    bool isFinished() const { return m_finished; }
    const QString &program() const { return m_program; }
    // The scenario or the refusal, once finished.
    const ProgramScenario::Converted &result() const { return m_result; }

    static constexpr int kTimeLimitMs = 20'000;

Q_SIGNALS:
    void finished();

private:
    void conclude();
    void finish(ProgramScenario::Converted result);
    void refuse(const QString &reason);

    QString m_program;
    QTemporaryDir m_harness;
    QProcess m_converter;
    QTimer m_limit;
    ProgramScenario::Converted m_result;
    bool m_finished = false;
};

} // namespace ck
