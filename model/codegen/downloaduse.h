#pragma once

namespace ck {

struct DownloadSpec;
struct Scenario;

// The kinds of download a scenario's steps use, so that a generated program defines only the
// helpers it needs.
struct DownloadUse
{
    bool simulated = false; // some {"bytes": N} download
    bool faults = false;    // one of them is cut short by drop_after or times out
    bool fetched = false;   // some {"url": ...} download

    static DownloadUse of(const Scenario &scenario);
    // A simulated download that ends in a failure: the bytes stop early, or a gap between two
    // chunks (or before the first) is longer than the timeout.
    static bool fails(const DownloadSpec &spec);
};

} // namespace ck
