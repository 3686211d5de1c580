#pragma once

class QNetworkAccessManager;

namespace ck {

// The one long-lived QNetworkAccessManager of the process (QCoro 0.8 resumes coroutines inside
// reply signals, so a manager must never die under a reply; see QCORO-NOTES pitfall 9).
class NetworkAccess
{
public:
    // Created on first use, owned by the QCoreApplication instance.
    static QNetworkAccessManager *manager();
};

} // namespace ck
