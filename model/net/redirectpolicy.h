#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace ck {

// Which redirects a download follows: at most kMaxRedirects, only to http(s) URLs with a host,
// never from https down to http, and never from a public host into the machine or its private
// network (loopback, private, link-local, unique-local addresses, "localhost"). A name is judged
// twice: as written before connecting (literal addresses and "localhost") and by the address
// actually connected to, so a public name that resolves to 127.0.0.1 is refused too.
class RedirectPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RedirectPolicy)

public:
    static constexpr int kMaxRedirects = 5;

    static bool isRedirect(int status);
    // Why redirect number `hop` (from 1) from `from` to `to` is refused; empty if it may be
    // followed. `fromPublic`: the host redirecting is on the public internet.
    static QString refusal(const QUrl &from, const QUrl &to, int hop, bool fromPublic);
    // Why connecting to `address` after a redirect from a public host is refused; empty if not.
    static QString addressRefusal(const QUrl &url, const QHostAddress &address, bool fromPublic);
    // Loopback, private-use, shared (CGNAT), link-local, unique-local or unspecified.
    static bool isLocalAddress(const QHostAddress &address);
    // "localhost" (and *.localhost) or a literal local address.
    static bool isLocalHost(const QString &host);
};

} // namespace ck
