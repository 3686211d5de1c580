#include "downloadspec.h"

namespace ck {

QString DownloadSpec::label() const
{
    if (isEmbedded())
        return QStringLiteral("download %1 B").arg(bytes);
    return QStringLiteral("download %1").arg(url);
}

} // namespace ck
