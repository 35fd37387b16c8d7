#pragma once

#include <QImage>

namespace ocd {

// Draws the tray icon: colour AND shape by the worst unacknowledged state (green circle, yellow
// triangle, red square, dark red square with a down arrow for a host DOWN), a count badge, and
// a grey "feed down" state. Pure drawing, so it is unit-tested and screenshotted without a tray.
class TrayIconPainter
{
public:
    // severity: AlarmRules scale (0 OK .. 4 host DOWN); unacknowledged: the badge number.
    static QImage paint(int severity, int unacknowledged, bool feedDown, int size = 64);
};

} // namespace ocd
