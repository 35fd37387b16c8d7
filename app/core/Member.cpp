#include "Member.h"

namespace ocd {

namespace {
const char *const kChannels[] = {"phone", "email", "chat"};
const char *const kStatuses[] = {"open", "handed-over", "resolved"};

template <typename E, size_t N> bool fromKey(const char *const (&keys)[N], const QString &key, E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            *out = E(i);
            return true;
        }
    }
    return false;
}
} // namespace

QString CallRecord::channelKey(Channel c)
{
    return QLatin1String(kChannels[int(c)]);
}

bool CallRecord::channelFromKey(const QString &key, Channel *c)
{
    return fromKey(kChannels, key, c);
}

QString CallRecord::statusKey(Status s)
{
    return QLatin1String(kStatuses[int(s)]);
}

bool CallRecord::statusFromKey(const QString &key, Status *s)
{
    return fromKey(kStatuses, key, s);
}

} // namespace ocd
