#pragma once

#include "core/FeedEvent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ocd {

// Turns one line of the Icinga 2 /v1/events stream into a FeedEvent. Every field is
// type-checked; unknown fields are ignored; an event type the desk does not use is "ignored",
// a line that is not valid for its type is "malformed" with a reason for the log.
class Icinga2EventParser
{
public:
    enum class Status { Ok, Ignored, Malformed };
    struct Result
    {
        Status status = Status::Malformed;
        FeedEvent event;
        QString error;
    };

    static Result parse(const QByteArray &line);
};

} // namespace ocd
