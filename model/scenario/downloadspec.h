#pragma once

#include <QString>
#include <chrono>

namespace ck {

// What a `download` step fetches: a real URL, or `bytes` from the embedded loopback server,
// paced by `rate` after `latency` (the form the virtual clock can simulate).
struct DownloadSpec
{
    QString url;       // http(s) URL, or a path on the embedded server ("/bytes/1000"); or empty
    qint64 bytes = -1; // the embedded server's /bytes/N form when >= 0
    double rate = 0;   // bytes per second of scenario time; 0: as fast as the loopback goes
    std::chrono::nanoseconds latency{0}; // before the first byte
    qint64 chunk = 16384;                // bytes per write on the server, per `each` delivery
    qint64 dropAfter = -1;               // the server closes the connection after this many bytes
    std::chrono::nanoseconds timeout{std::chrono::seconds(30)}; // without any byte arriving
    qint64 maxBytes = kDefaultMaxBytes; // a `url` body longer than this fails the download

    static constexpr qint64 kDefaultMaxBytes = qint64(1) << 30; // 1 GiB
    static constexpr qint64 kMaxMaxBytes = qint64(1) << 40;     // what max_bytes may raise it to

    bool isEmbedded() const { return bytes >= 0; }
    // "/bytes/1000" is a path on the embedded server: one slash, then not another ("//host/x"
    // would name a host).
    static bool isServerPath(const QString &url);
    // The embedded server's pacing, shared by the simulation and the ideal time: the bytes it
    // sends before closing (drop_after cuts them short), in writes of `chunk` bytes, each one
    // arriving once the rate has earned all its bytes.
    qint64 deliveredBytes() const;
    qint64 chunkCount() const;
    qint64 chunkBytes(qint64 index) const;
    std::chrono::nanoseconds arrivalOfChunk(qint64 index) const; // since the request
    // How the timeline names it: "download 200000 B" or the URL.
    QString label() const;
};

} // namespace ck
