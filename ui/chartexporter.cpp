#include "chartexporter.h"

namespace ck {

// Placeholder bodies until TimelinePainter lands; the interface in the header is the contract.
bool ChartExporter::exportChart(const QString &path, const std::vector<TimelineRun> &,
                                const ChartOptions &, QString *error)
{
    if (error)
        *error = tr("cannot write %1: charts are not available yet").arg(path);
    return false;
}

QImage ChartExporter::renderImage(const std::vector<TimelineRun> &, const ChartOptions &options)
{
    QImage image(QSize(options.width, 400) * options.scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::white);
    return image;
}

QStringList ChartExporter::supportedSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

} // namespace ck
