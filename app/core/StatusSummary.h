#pragma once

#include "AlarmRules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ocd {

// What `oncall-desk --status` prints for status bars (waybar, i3blocks) and how it exits: like a
// monitoring plugin, 0 OK, 1 warning, 2 critical, 3 feed down or no running desk.
struct StatusSummary
{
    Q_DECLARE_TR_FUNCTIONS(StatusSummary)
public:
    AlarmCounts counts;
    bool live = false;
    QString connection; // the status bar's sentence
    QString source;
    bool demo = false;
    QDateTime snoozedUntil;
    bool windowVisible = false;

    int exitCode() const;
    QString line() const; // "CRITICAL: 1 down, 2 critical, 3 unacknowledged"
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, StatusSummary *out);
};

} // namespace ocd
