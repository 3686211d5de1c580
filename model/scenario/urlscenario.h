#pragma once

#include "scenarioloadresult.h"

#include <QCoreApplication>
#include <QString>

namespace ck {

// A scenario built from pasted URLs, one per line: task get_N logs "<name>: request sent",
// downloads the N-th URL and logs "<name>: done", or "<name>: failed" when the download raises
// (it catches OSError), where <name> is the URL's file name or host.
// Blank lines and lines starting with # are skipped. The scenario goes through ScenarioLoader,
// so it is checked like any file; a refusal is one line naming the line it is about.
class UrlScenario
{
    Q_DECLARE_TR_FUNCTIONS(UrlScenario)

public:
    static constexpr int kMaxUrls = 100;

    static ScenarioLoadResult fromUrls(const QString &text);

    // "report.pdf" for https://example.com/files/report.pdf, the host when there is no name.
    static QString shortName(const QString &url);
};

} // namespace ck
