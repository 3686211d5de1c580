#include "redirectpolicy.h"

#include <array>

namespace ck {

namespace {

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

bool RedirectPolicy::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString RedirectPolicy::refusal(const QUrl &from, const QUrl &to, int hop, bool fromPublic)
{
    if (hop > kMaxRedirects)
        return tr("too many redirects (more than %1)").arg(kMaxRedirects);
    if (!to.isValid() || !isWebScheme(to) || to.host().isEmpty())
        return tr("redirect to %1 refused: only http and https URLs are followed")
            .arg(to.toDisplayString());
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http"))
        return tr("redirect from https to http refused: %1").arg(to.toDisplayString());
    if (fromPublic && isLocalHost(to.host()))
        return tr("redirect from a public host to a local address refused: %1")
            .arg(to.toDisplayString());
    return {};
}

QString RedirectPolicy::addressRefusal(const QUrl &url, const QHostAddress &address,
                                       bool fromPublic)
{
    if (!fromPublic || !isLocalAddress(address))
        return {};
    return tr("redirect from a public host to a local address refused: %1 is %2")
        .arg(url.host(), address.toString());
}

bool RedirectPolicy::isLocalAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const QHostAddress v4(address.toIPv4Address(&isV4)); // also ::ffff:a.b.c.d
    const QHostAddress &plain = isV4 ? v4 : address;
    if (plain.isNull() || plain.isLoopback() || plain.isLinkLocal() || plain.isSiteLocal() ||
        plain.isUniqueLocalUnicast() || plain == QHostAddress::AnyIPv4 ||
        plain == QHostAddress::AnyIPv6)
        return true;
    static const std::array<std::pair<QHostAddress, int>, 5> privateV4{{
        {QHostAddress(QStringLiteral("0.0.0.0")), 8},
        {QHostAddress(QStringLiteral("10.0.0.0")), 8},
        {QHostAddress(QStringLiteral("100.64.0.0")), 10},
        {QHostAddress(QStringLiteral("172.16.0.0")), 12},
        {QHostAddress(QStringLiteral("192.168.0.0")), 16},
    }};
    for (const auto &subnet : privateV4) {
        if (plain.isInSubnet(subnet.first, subnet.second))
            return true;
    }
    return false;
}

bool RedirectPolicy::isLocalHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // "localhost." is localhost too
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && isLocalAddress(address);
}

} // namespace ck
