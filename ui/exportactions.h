#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "chartexporter.h"
#include "scenario/language.h"

class QWidget;

namespace ck {

class RunController;

// File > Export: the chart (PNG at the chosen scale, SVG, PDF, by the file's suffix), the Chrome
// trace, the CSV table and the run JSON of what the window shows, all written atomically; Copy
// chart puts the chart on the clipboard. A failed write keeps the old file and says why in a
// warning box (opened window-modal, without a nested event loop).
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Chart, Trace, Csv, RunJson };

    ExportActions(const RunController *controller, QWidget *window);

    void setChartTitle(const QString &title) { m_chartTitle = title; }
    void setLanguage(Language language) { m_language = language; }
    double chartScale() const { return m_chartScale; }
    void setChartScale(double scale) { m_chartScale = scale; }
    // Charts draw what the timeline draws over its bars (View > Flows, View > Critical Path).
    void setChartFlows(FlowPainter::Shown shown) { m_chartFlows = shown; }

    // Writes `path`; on failure shows the warning and returns false.
    bool exportTo(Kind kind, const QString &path);
    // Asks where with a save dialog, then exports there.
    void ask(Kind kind);
    void copyChart();

Q_SIGNALS:
    void exported(const QString &path);

private:
    bool write(Kind kind, const QString &path, QString *error) const;
    ChartOptions chartOptions() const;
    QStringList nameFilters(Kind kind) const;
    QString suggestedName(Kind kind) const;
    void warn(const QString &message);

    const RunController *m_controller;
    QWidget *m_window;
    QString m_chartTitle;
    Language m_language = Language::English;
    double m_chartScale = 2.0;
    FlowPainter::Shown m_chartFlows;
};

} // namespace ck
