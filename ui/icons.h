#pragma once

#include <QIcon>

namespace Stride {

// The app's icons, painted as vectors at every size and device pixel ratio asked for (sharp on high-DPI
// screens without shipping bitmaps), in a colour that reads on light and dark palettes.
class Icons final {
public:
    enum class Kind {
        App,
        Today,
        Customers,
        Visits,
        Pipeline,
        Dashboards,
        Team,
        Knowledge,
        Sync,
        Settings,
        Add,
        LogVisit,
        Tasks,
        Export,
        Import
    };
    static QIcon icon(Kind kind);
};

} // namespace Stride
