#include "chartexporter.h"

#include "timeline/runflows.h"
#include "timeline/timelinepainter.h"
#include "trace/atomicfilewriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
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
// The tallest chart in logical pixels (about 300 lane rows): taller is more than anyone reads,
// and a 2x PNG of it is already 150 MB of pixels to encode. A PNG is also bounded by
// kMaxImageSide device pixels. More lanes than fit are merged into density rows.
constexpr qreal kMaxChartHeight = 8000;
// Once lanes are merged the chart is a summary: half as tall is as readable, and a quarter of
// the pixels to paint and encode.
constexpr qreal kMaxDensityChartHeight = 4000;
// Up to this many lanes a merged chart's rows say how many lanes each holds, and its title is
// the scenario's as it always was (the default crowd of 1000 looks as it did); a bigger crowd's
// title also says how many lanes, and how many a row: "1,000,000 lanes, 7,576 per row".
constexpr int kMostLanesUntold = 10000;
// Korean fonts of other systems, after the one Qt drew with (SVG files name them all).
const QStringList kKoreanFallbacks{
    QStringLiteral("'Noto Sans CJK KR'"), QStringLiteral("'Noto Sans KR'"),
    QStringLiteral("'Apple SD Gothic Neo'"), QStringLiteral("'Malgun Gothic'")};

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

qreal scaleOf(const ChartOptions &options)
{
    return std::clamp(options.scale, kMinScale, kMaxScale);
}

// The fewest lanes per row that bring every run's rows down to `fitting` rows in all.
int lanesPerRow(const TimelineLayout &layout, int fitting)
{
    int total = 0;
    for (const TimelineLayout::RunBlock &block : layout.runs())
        total += block.rowCount;
    int lanes = std::max(1, (total + fitting - 1) / fitting);
    const auto rowsWith = [&layout](int perRow) {
        int rows = 0;
        for (const TimelineLayout::RunBlock &block : layout.runs())
            rows += (block.rowCount + perRow - 1) / perRow;
        return rows;
    };
    while (rowsWith(lanes) > fitting) // each run rounds up: a lane more per row at most a few times
        ++lanes;
    return lanes;
}

// A chart of merged lanes says so in its title: how many lanes, and how many each row holds.
QString mergedTitle(const QString &title, int lanes, int lanesPerRow)
{
    const QLocale numbers(QLocale::English); // "1,000,000": grouped alike in both languages
    const QString note = ChartExporter::tr("%1 lanes, %2 per row")
                             .arg(numbers.toString(lanes), numbers.toString(lanesPerRow));
    return title.isEmpty() ? note : title + QStringLiteral(" \u00B7 ") + note;
}

// Exports always use the light style on white, whatever the window looks like: they end up on
// slides and paper. A chart with more lanes than its image or page can hold shows them merged
// into density rows, as many lanes a row as it takes to fit; its spans get at most one bar per
// pixel column anyway. So any run exports, in a size and time that do not grow with it.
TimelinePainter chartPainter(const std::vector<TimelineRun> &runs, const ChartOptions &options,
                             bool namedFonts = false)
{
    TimelineStyle style = TimelineStyle::light(chartFont());
    style.namedFonts = namedFonts;
    TimelinePainter painter(runs, style);
    painter.setTitle(options.title);
    if (options.flows.flows || options.flows.criticalPath)
        painter.setFlows(RunFlows::of(runs), options.flows);
    const QRectF bounds(0, 0, std::max(options.width, 1), 0);
    painter.setGeometry(bounds);
    const TimelineLayout &layout = painter.layout();
    const qreal maxHeight =
        std::min(kMaxChartHeight, std::floor(ChartExporter::kMaxImageSide / scaleOf(options)));
    const qreal rest = layout.height() - layout.rowCount() * layout.rowHeight();
    const auto rowsIn = [&](qreal height) {
        return std::max(1, int((height - rest) / layout.rowHeight()));
    };
    if (layout.rowCount() > rowsIn(maxHeight)) {
        const int lanes = layout.rowCount();
        const int perRow = lanesPerRow(layout, rowsIn(std::min(maxHeight, kMaxDensityChartHeight)));
        painter.setLanesPerRow(perRow);
        if (lanes > kMostLanesUntold)
            painter.setTitle(mergedTitle(options.title, lanes, perRow));
        painter.setGeometry(bounds);
    }
    return painter;
}

QSize logicalSize(const TimelinePainter &painter)
{
    const QRectF bounds = painter.layout().bounds();
    return QSize(int(std::ceil(bounds.width())), int(std::ceil(bounds.height())));
}

// Qt 6.4's QSvgGenerator writes the title and description into <title> and <desc> as they are
// (it escapes only drawn text): "</title><script>…" in a scenario's title would be live markup.
QString svgMetadata(const QString &text)
{
    return TimelineText::printable(text).toHtmlEscaped();
}

QString chartTitle(const ChartOptions &options)
{
    return options.title.isEmpty() ? ChartExporter::tr("CoroKitchen timeline") : options.title;
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

// The font families QSvgGenerator names, each followed by fallbacks for renderers without it:
// Korean fonts of other systems for a font with Hangul, and the generic sans-serif for all.
QByteArray withFallbackFonts(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QString text = QString::fromUtf8(svg);
    QString result;
    qsizetype done = 0;
    for (auto match = family.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QString name = found.captured(1);
        QStringList families;
        if (!name.isEmpty() && name != QLatin1String("sans-serif") &&
            name != QLatin1String("Sans Serif"))
            families << QStringLiteral("'%1'").arg(name);
        if (QFontDatabase::writingSystems(name).contains(QFontDatabase::Korean)) {
            for (const QString &fallback : kKoreanFallbacks)
                if (!families.contains(fallback))
                    families << fallback;
        }
        families << QStringLiteral("sans-serif");
        result += QStringView(text).mid(done, found.capturedStart() - done);
        result += QStringLiteral("font-family=\"%1\"").arg(families.join(QStringLiteral(", ")));
        done = found.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result.toUtf8();
}

bool writeSvg(QIODevice &device, const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const TimelinePainter chart = chartPainter(runs, options, true);
    const QSize size = logicalSize(chart);
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(int(kLogicalDpi));
    generator.setTitle(svgMetadata(chartTitle(options)));
    generator.setDescription(svgMetadata(description(runs, chart)));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    chart.paint(painter);
    if (!painter.end())
        return false;
    const QByteArray named = withFallbackFonts(svg);
    return device.write(named) == named.size();
}

bool writePdf(QIODevice &device, const std::vector<TimelineRun> &runs, const ChartOptions &options)
{
    const TimelinePainter chart = chartPainter(runs, options);
    const QSize size = logicalSize(chart);
    QPdfWriter writer(&device);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("CoroKitchen"));
    writer.setTitle(TimelineText::printable(chartTitle(options))); // the XMP metadata is XML
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
    if (suffix == QLatin1String("png"))
        return exportPng(path, runs, options, error);
    std::function<bool(QIODevice &)> writeTo;
    if (suffix == QLatin1String("svg"))
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

// Painted and encoded before the file is opened: a chart that cannot be made says why, and a
// failed write is the writer's one line (libpng would print its own complaint first).
bool ChartExporter::exportPng(const QString &path, const std::vector<TimelineRun> &runs,
                              const ChartOptions &options, QString *error)
{
    QString reason;
    QByteArray png;
    {
        const QImage image = renderImage(runs, options, &reason);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && !image.save(&buffer, "PNG"))
            reason = tr("the PNG encoder failed");
    } // the image's memory is given back before the bytes are written
    if (!reason.isEmpty()) {
        if (error)
            *error = tr("cannot export %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return AtomicFileWriter::write(path, png, error);
}

QImage ChartExporter::renderImage(const std::vector<TimelineRun> &runs, const ChartOptions &options,
                                  QString *reason)
{
    const TimelinePainter chart = chartPainter(runs, options);
    const qreal scale = scaleOf(options);
    const QSize size = logicalSize(chart);
    const QSizeF exact = QSizeF(size) * scale;
    const QSize pixels(int(std::round(exact.width())), int(std::round(exact.height())));
    if (exact.width() > kMaxImageSide || exact.height() > kMaxImageSide) {
        if (reason)
            *reason = tr("a %1 × %2 pixel image is too large (at most %3 pixels a side)")
                          .arg(pixels.width())
                          .arg(pixels.height())
                          .arg(kMaxImageSide);
        return {};
    }
    // Opaque: the chart is on white, and an image without alpha encodes a third faster.
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) {
        if (reason)
            *reason = tr("not enough memory for a %1 × %2 pixel image")
                          .arg(pixels.width())
                          .arg(pixels.height());
        return {};
    }
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
