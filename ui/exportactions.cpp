#include "exportactions.h"

#include "chartexporter.h"
#include "runcontroller.h"
#include "trace/atomicfilewriter.h"
#include "trace/chrometraceexport.h"
#include "trace/csvexport.h"
#include "trace/runjsonexport.h"
#include "windowsettings.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QRegularExpression>

namespace ck {

namespace {

QString suffixOfFilter(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.(\w+))"));
    const QRegularExpressionMatch match = pattern.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

ExportActions::ExportActions(const RunController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{}

bool ExportActions::exportTo(Kind kind, const QString &path)
{
    QString error;
    if (!write(kind, path, &error)) {
        warn(error);
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void ExportActions::ask(Kind kind)
{
    auto *dialog = new QFileDialog(m_window, tr("Export"), WindowSettings().exportFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave); // asks before overwriting
    dialog->setNameFilters(nameFilters(kind));
    dialog->setDefaultSuffix(suffixOfFilter(nameFilters(kind).constFirst()));
    dialog->selectFile(suggestedName(kind));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(suffixOfFilter(filter)); // "chart" + SVG filter = chart.svg
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, kind](const QString &file) {
        QString path = file;
        if (QFileInfo(path).suffix().isEmpty()) // some native dialogs add no suffix
            path += QLatin1Char('.') + suffixOfFilter(dialog->selectedNameFilter());
        WindowSettings().setExportFolder(QFileInfo(path).absolutePath());
        exportTo(kind, path);
    });
    dialog->open(); // window-modal, no nested event loop
}

void ExportActions::copyChart()
{
    const auto runs = m_controller->timelineRuns();
    if (runs.empty()) {
        warn(tr("Nothing to copy yet: run the scenario first."));
        return;
    }
    QString reason;
    const QImage image = ChartExporter::renderImage(runs, chartOptions(), &reason);
    if (image.isNull()) {
        warn(tr("Cannot copy the chart: %1").arg(reason));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
}

ChartOptions ExportActions::chartOptions() const
{
    ChartOptions options;
    options.title = m_chartTitle;
    options.scale = m_chartScale;
    options.flows = m_chartFlows;
    return options;
}

bool ExportActions::write(Kind kind, const QString &path, QString *error) const
{
    const std::vector<TimelineRun> runs = m_controller->timelineRuns();
    if (runs.empty()) {
        *error = tr("cannot write %1: nothing to export yet, run the scenario first").arg(path);
        return false;
    }
    if (kind == Kind::Chart)
        return ChartExporter::exportChart(path, runs, chartOptions(), error);
    std::vector<const Recorder *> recorders;
    for (const TimelineRun &run : runs)
        recorders.push_back(run.recorder.get());
    // Written as it is made: a crowd's file is never all in memory.
    const auto writeTo = [&](QIODevice &device) {
        if (kind == Kind::Trace)
            return ChromeTraceExport::write(device, recorders, m_language);
        if (kind == Kind::Csv)
            return CsvExport::write(device, recorders);
        return RunJsonExport::write(device, recorders);
    };
    return AtomicFileWriter::write(path, writeTo, error);
}

QStringList ExportActions::nameFilters(Kind kind) const
{
    switch (kind) {
    case Kind::Chart:
        return {tr("PNG image (*.png)"), tr("SVG vector image (*.svg)"),
                tr("PDF document (*.pdf)")};
    case Kind::Trace:
        return {tr("Chrome trace JSON for Perfetto (*.json)")};
    case Kind::Csv:
        return {tr("CSV table (*.csv)")};
    case Kind::RunJson:
        return {tr("CoroKitchen run JSON (*.json)")};
    }
    return {};
}

QString ExportActions::suggestedName(Kind kind) const
{
    const auto scenario = m_controller->scenario();
    const QString base = QStringLiteral("%1-%2").arg(
        scenario ? scenario->id : QStringLiteral("corokitchen"),
        m_controller->selection().name().replace(QLatin1Char(':'), QLatin1Char('-')));
    switch (kind) {
    case Kind::Chart:
        return base + QStringLiteral(".png");
    case Kind::Trace:
        return base + QStringLiteral("-trace.json");
    case Kind::Csv:
        return base + QStringLiteral(".csv");
    case Kind::RunJson:
        return base + QStringLiteral("-run.json");
    }
    return base;
}

void ExportActions::warn(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), message, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("exportWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, no nested event loop
}

} // namespace ck
