#include "downloadspec.h"

#include <algorithm>
#include <cmath>

namespace ck {

QString DownloadSpec::label() const
{
    if (isEmbedded())
        return QStringLiteral("download %1 B").arg(bytes);
    return QStringLiteral("download %1").arg(url);
}

bool DownloadSpec::isServerPath(const QString &url)
{
    return url.startsWith(QLatin1Char('/')) && !url.startsWith(QLatin1String("//"));
}

qint64 DownloadSpec::deliveredBytes() const
{
    return dropAfter >= 0 ? std::min(dropAfter, bytes) : bytes;
}

qint64 DownloadSpec::chunkCount() const
{
    return (deliveredBytes() + chunk - 1) / chunk;
}

qint64 DownloadSpec::chunkBytes(qint64 index) const
{
    return std::min(chunk, deliveredBytes() - index * chunk);
}

std::chrono::nanoseconds DownloadSpec::arrivalOfChunk(qint64 index) const
{
    const qint64 sent = std::min(deliveredBytes(), (index + 1) * chunk);
    const double seconds = rate > 0 ? double(sent) / rate : 0.0;
    return latency + std::chrono::nanoseconds(std::llround(seconds * 1e9));
}

} // namespace ck
