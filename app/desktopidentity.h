#pragma once

#include <QString>

namespace ck {

// What the desktop knows the window by: the reverse-DNS id its .desktop entry, metainfo and icon
// are installed under (resources/desktop), and the icon itself.
class DesktopIdentity
{
public:
    static QString appId();
    // The window's icon and desktop file name; after the QApplication exists.
    static void apply();
};

} // namespace ck
