#include "chartexporter.h"

#include "timeline/timelinepainter.h"
#include "trace/atomicfilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

constexpr int kPdfDpi = 300;
constexpr qreal kMinScale = 0.25;
constexpr qreal kMaxScale = 8.0;
constexpr qreal kLogicalDpi = 96.0;
constexpr int kMinFontPixels = 13; // readable on a projected slide at 1200 px wide

// The app's font, at least kMinFontPixels tall. Its family is written into SVG files as is, and
// "Sans Serif" (Qt's name for the default) means nothing to a browser: say "sans-serif" there,
// which fontconfig resolves the same way, falling back to a CJK font for Hangul.
QFont chartFont()
{
    QFont font = QGuiApplication::font();
    const int pixels =
        font.pixelSize() > 0 ? font.pixelSize() : qRound(font.pointSizeF() * kLogicalDpi / 72.0);
    font.setPixelSize(std::max(kMinFontPixels, pixels));
    if (font.family() == QLatin1String("Sans Serif"))
        font.setFamily(QStringLiteral("sans-serif"));
    return font;
}

// Exports always use the light style on white, whatever the window looks like: they end up on
// slides and paper.
TimelinePainter chartPainter(const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    TimelinePainter painter(runs, TimelineStyle::light(chartFont()));
    painter.setTitle(options.title);
    painter.setGeometry(QRectF(0, 0, std::max(options.width, 1), 0));
    return painter;
}

QSize logicalSize(const TimelinePainter &painter)
{
    const QRectF bounds = painter.layout().bounds();
    return QSize(int(std::ceil(bounds.width())), int(std::ceil(bounds.height())));
}

QString description(const std::vector<TimelineRun> &runs, const TimelinePainter &painter)
{
    const QString comparison = painter.comparisonText();
    if (!comparison.isEmpty())
        return comparison;
    QStringList headers;
    for (const TimelineRun &run : runs)
        if (run.recorder)
            headers << TimelineText::runHeader(run.label, run.recorder->info());
    return headers.join(QStringLiteral("; "));
}

bool writePng(QIODevice &device, const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const QImage image = ChartExporter::renderImage(runs, options);
    return !image.isNull() && image.save(&device, "PNG");
}

bool writeSvg(QIODevice &device, const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const TimelinePainter chart = chartPainter(runs, options);
    const QSize size = logicalSize(chart);
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(int(kLogicalDpi));
    generator.setTitle(options.title.isEmpty() ? ChartExporter::tr("CoroKitchen timeline")
                                               : options.title);
    generator.setDescription(description(runs, chart));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    chart.paint(painter);
    return painter.end();
}

bool writePdf(QIODevice &device, const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const TimelinePainter chart = chartPainter(runs, options);
    const QSize size = logicalSize(chart);
    QPdfWriter writer(&device);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("CoroKitchen"));
    writer.setTitle(options.title.isEmpty() ? ChartExporter::tr("CoroKitchen timeline")
                                            : options.title);
    // One page exactly the chart's size (1 logical pixel = 1 point): fits the chart, landscape
    // because charts are wider than tall.
    const QSizeF points(size.width() * 0.75, size.height() * 0.75);
    const QPageSize page(QSizeF(std::min(points.width(), points.height()),
                                std::max(points.width(), points.height())),
                         QPageSize::Point, QString(), QPageSize::ExactMatch);
    writer.setPageLayout(QPageLayout(
        page, points.width() >= points.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const qreal scale = qreal(writer.width()) / size.width();
    painter.scale(scale, scale);
    chart.paint(painter);
    return painter.end();
}

} // namespace

bool ChartExporter::exportChart(const QString &path, const std::vector<TimelineRun> &runs,
                                const ChartOptions &options, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::function<bool(QIODevice &)> writeTo;
    if (suffix == QLatin1String("png"))
        writeTo = [&](QIODevice &device) { return writePng(device, runs, options); };
    else if (suffix == QLatin1String("svg"))
        writeTo = [&](QIODevice &device) { return writeSvg(device, runs, options); };
    else if (suffix == QLatin1String("pdf"))
        writeTo = [&](QIODevice &device) { return writePdf(device, runs, options); };
    if (!writeTo) {
        if (error)
            *error = tr("cannot export %1: unknown chart format \"%2\" (expected png, svg or pdf)")
                         .arg(QDir::toNativeSeparators(path), suffix);
        return false;
    }
    return AtomicFileWriter::write(path, writeTo, error);
}

QImage ChartExporter::renderImage(const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const TimelinePainter chart = chartPainter(runs, options);
    const qreal scale = std::clamp(options.scale, kMinScale, kMaxScale);
    const QSize size = logicalSize(chart);
    const QSizeF pixels = QSizeF(size) * scale;
    if (pixels.width() > kMaxImageSide || pixels.height() > kMaxImageSide)
        return {};
    QImage image(QSize(int(std::round(pixels.width())), int(std::round(pixels.height()))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) // out of memory
        return {};
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(painter);
    painter.end();
    return image;
}

QSize ChartExporter::chartSize(const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    return logicalSize(chartPainter(runs, options));
}

QStringList ChartExporter::supportedSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

} // namespace ck
