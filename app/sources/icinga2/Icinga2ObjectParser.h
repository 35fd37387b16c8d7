#pragma once

#include "core/FeedEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ocd {

// Parses the responses of the initial sync (GET /v1/objects/...) into a Snapshot. Results with
// missing or mistyped essentials are skipped and counted; the rest of the answer still counts.
class Icinga2ObjectParser
{
    Q_DECLARE_TR_FUNCTIONS(Icinga2ObjectParser)
public:
    static QStringList hostAttrs();
    static QStringList serviceAttrs();
    static QStringList dependencyAttrs();
    static QStringList commentAttrs();
    static QStringList downtimeAttrs();

    struct Bodies
    {
        QByteArray hosts, services, dependencies, comments, downtimes;
    };
    // Returns false with *error set when a body is not an Icinga result document at all.
    static bool buildSnapshot(const Bodies &bodies, const QDateTime &now, Snapshot *out, QString *error,
                              int *skipped = nullptr);
};

} // namespace ocd
