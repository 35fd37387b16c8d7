#include "Incident.h"

namespace ocd {

namespace {
const char *const kStateKeys[] = {"open",       "acknowledged", "investigating",
                                  "monitoring", "resolved",     "reviewed"};
const char *const kKindKeys[] = {"alarm",  "recovery",   "state", "ack", "assign",
                                 "action", "conference", "call",  "note"};
} // namespace

QString Incident::stateKey(State s)
{
    return QLatin1String(kStateKeys[int(s)]);
}

bool Incident::stateFromKey(const QString &key, State *s)
{
    for (int i = 0; i < int(std::size(kStateKeys)); ++i) {
        if (key == QLatin1String(kStateKeys[i])) {
            *s = State(i);
            return true;
        }
    }
    return false;
}

QString JournalEntry::kindKey(Kind k)
{
    return QLatin1String(kKindKeys[int(k)]);
}

bool JournalEntry::kindFromKey(const QString &key, Kind *k)
{
    for (int i = 0; i < int(std::size(kKindKeys)); ++i) {
        if (key == QLatin1String(kKindKeys[i])) {
            *k = Kind(i);
            return true;
        }
    }
    return false;
}

} // namespace ocd
