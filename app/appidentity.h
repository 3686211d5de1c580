#pragma once

namespace ck {

// The names QSettings, QStandardPaths and --version go by, for the window and the CLI alike.
class AppIdentity
{
public:
    static void apply(); // after the Q*Application exists
};

} // namespace ck
