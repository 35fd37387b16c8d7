#include "Icinga2EventParser.h"

#include <QHash>
#include <QTimeZone>

#include <simdjson.h>

#include <string_view>

// simdjson (Debian's libsimdjson) instead of QJsonDocument: the event stream is the hot path
// (>= 200,000 events/s budget) and QJsonDocument's CBOR conversion costs ~5 us per line.

namespace ocd {

namespace {

namespace dom = simdjson::dom;
using Type = FeedEvent::Type;

// --- type-checked field reads: a field of the wrong type reads as absent ---------------------

bool stringField(const dom::object &o, std::string_view key, QString *out)
{
    std::string_view v;
    if (o[key].get_string().get(v) != simdjson::SUCCESS)
        return false;
    *out = QString::fromUtf8(v.data(), qsizetype(v.size()));
    return true;
}

bool numberField(const dom::object &o, std::string_view key, double *out)
{
    dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS)
        return false;
    switch (e.type()) {
    case dom::element_type::DOUBLE:
        return e.get_double().get(*out) == simdjson::SUCCESS;
    case dom::element_type::INT64: {
        int64_t i = 0;
        if (e.get_int64().get(i) != simdjson::SUCCESS)
            return false;
        *out = double(i);
        return true;
    }
    case dom::element_type::UINT64: {
        uint64_t u = 0;
        if (e.get_uint64().get(u) != simdjson::SUCCESS)
            return false;
        *out = double(u);
        return true;
    }
    default:
        return false;
    }
}

bool intField(const dom::object &o, std::string_view key, int *out)
{
    double d = 0;
    if (!numberField(o, key, &d) || d < -1e9 || d > 1e9)
        return false;
    *out = int(d);
    return true;
}

bool boolField(const dom::object &o, std::string_view key, bool *out)
{
    dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS)
        return false;
    if (e.is_bool())
        return e.get_bool().get(*out) == simdjson::SUCCESS;
    double d = 0;
    if (!numberField(o, key, &d)) // Icinga reports some flags as 0/1 numbers
        return false;
    *out = d != 0;
    return true;
}

// Icinga timestamps: seconds since the epoch as floating point; 0 means "never".
QDateTime timeField(const dom::object &o, std::string_view key)
{
    double s = 0;
    if (!numberField(o, key, &s) || s <= 0 || s > 32503680000.0) // beyond the year 3000 is garbage
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(s * 1000.0), QTimeZone::utc());
}

bool objectField(const dom::object &o, std::string_view key, dom::object *out)
{
    return o[key].get_object().get(*out) == simdjson::SUCCESS;
}

// Plugin perfdata arrives as an array of strings, a single string, or null.
QString perfdataField(const dom::object &o, std::string_view key)
{
    QString single;
    if (stringField(o, key, &single))
        return single;
    dom::array parts;
    if (o[key].get_array().get(parts) != simdjson::SUCCESS)
        return {};
    QString joined;
    for (dom::element p : parts) {
        std::string_view v;
        if (p.get_string().get(v) != simdjson::SUCCESS)
            continue;
        if (!joined.isEmpty())
            joined += QLatin1Char(' ');
        joined += QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    return joined;
}

// --- event structure ------------------------------------------------------------------------

std::optional<Type> typeFromName(std::string_view name)
{
    static const QHash<QByteArray, Type> types = {
        {"CheckResult", Type::CheckResult},
        {"StateChange", Type::StateChange},
        {"AcknowledgementSet", Type::AcknowledgementSet},
        {"AcknowledgementCleared", Type::AcknowledgementCleared},
        {"CommentAdded", Type::CommentAdded},
        {"CommentRemoved", Type::CommentRemoved},
        {"DowntimeAdded", Type::DowntimeAdded},
        {"DowntimeStarted", Type::DowntimeStarted},
        {"DowntimeTriggered", Type::DowntimeTriggered},
        {"DowntimeRemoved", Type::DowntimeRemoved},
        {"ObjectCreated", Type::ObjectCreated},
        {"ObjectDeleted", Type::ObjectDeleted},
    };
    auto it = types.constFind(QByteArray::fromRawData(name.data(), qsizetype(name.size())));
    if (it == types.cend())
        return std::nullopt;
    return *it;
}

Icinga2EventParser::Result malformed(const QString &why)
{
    Icinga2EventParser::Result r;
    r.status = Icinga2EventParser::Status::Malformed;
    r.error = why;
    return r;
}

Icinga2EventParser::Result ignored(const QString &typeName)
{
    Icinga2EventParser::Result r;
    r.status = Icinga2EventParser::Status::Ignored;
    r.error = typeName;
    return r;
}

// Host states are 0 UP / 1 DOWN; a host's raw check result (and vars_after.state) use service
// numbering 0-3, where 0 and 1 mean UP.
int hostStateFromCheckResult(int crState)
{
    return crState <= 1 ? 0 : 1;
}

bool readCheckResult(const dom::object &root, FeedEvent &e, QString *error)
{
    dom::object cr;
    if (!objectField(root, "check_result", &cr)) {
        *error = QStringLiteral("check_result is not an object");
        return false;
    }
    int crState = 0;
    if (!intField(cr, "state", &crState) || crState < 0 || crState > 3) {
        *error = QStringLiteral("check_result.state missing or out of range");
        return false;
    }
    stringField(cr, "output", &e.output);
    e.perfdata = perfdataField(cr, "performance_data");
    e.checkTime = timeField(cr, "execution_end");
    e.hasCheckResult = true;

    const bool isHost = e.service.isEmpty();
    e.hasState = true;
    e.state = isHost ? hostStateFromCheckResult(crState) : crState;

    dom::object after;
    if (!objectField(cr, "vars_after", &after))
        return true;
    int v = 0;
    if (intField(after, "state", &v) && v >= 0 && v <= 3)
        e.state = isHost ? hostStateFromCheckResult(v) : v;
    if (intField(after, "state_type", &v))
        e.stateType = v == 0 ? StateType::Soft : StateType::Hard;
    if (intField(after, "attempt", &v) && v > 0)
        e.attempt = v;
    bool reachable = true;
    if (boolField(after, "reachable", &reachable)) {
        e.hasReachable = true;
        e.reachable = reachable;
    }
    return true;
}

// StateChange carries the object's own state (host DOWN = 1) beside the raw check result.
void readStateFields(const dom::object &root, FeedEvent &e)
{
    int v = 0;
    if (intField(root, "state", &v) && v >= 0 && v <= 3) {
        e.hasState = true;
        e.state = v;
    }
    if (intField(root, "state_type", &v))
        e.stateType = v == 0 ? StateType::Soft : StateType::Hard;
}

// Comment and downtime events name their object only inside the nested item.
bool readItem(const dom::object &root, std::string_view key, FeedEvent &e, QString *error)
{
    dom::object item;
    if (!objectField(root, key, &item)) {
        *error = QStringLiteral("%1 is not an object").arg(QLatin1String(key.data(), qsizetype(key.size())));
        return false;
    }
    if (!stringField(item, "host_name", &e.host) || !stringField(item, "name", &e.itemName) ||
        e.host.isEmpty()) {
        *error = QStringLiteral("%1 lacks host_name or name")
                     .arg(QLatin1String(key.data(), qsizetype(key.size())));
        return false;
    }
    stringField(item, "service_name", &e.service);
    stringField(item, "author", &e.itemAuthor);
    if (!stringField(item, "text", &e.itemText))
        stringField(item, "comment", &e.itemText);
    intField(item, "entry_type", &e.commentEntryType);
    const QDateTime entry = timeField(item, "entry_time");
    if (entry.isValid())
        e.timestamp = entry;
    return true;
}

} // namespace

Icinga2EventParser::Result Icinga2EventParser::parse(const QByteArray &line)
{
    // One parser per thread: it keeps its buffers between lines, which is most of its speed.
    thread_local dom::parser parser;
    dom::element doc;
    if (const auto err = parser.parse(line.constData(), size_t(line.size())).get(doc);
        err != simdjson::SUCCESS)
        return malformed(QStringLiteral("invalid JSON: %1").arg(QLatin1String(simdjson::error_message(err))));
    dom::object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS)
        return malformed(QStringLiteral("not a JSON object"));

    std::string_view typeView;
    if (root["type"].get_string().get(typeView) != simdjson::SUCCESS)
        return malformed(QStringLiteral("no type"));
    const QString typeName = QString::fromUtf8(typeView.data(), qsizetype(typeView.size()));
    const std::optional<Type> type = typeFromName(typeView);
    if (!type)
        return ignored(typeName);

    Result r;
    FeedEvent &e = r.event;
    e.type = *type;
    e.timestamp = timeField(root, "timestamp");
    QString error;

    switch (e.type) {
    case Type::CommentAdded:
    case Type::CommentRemoved:
        if (!readItem(root, "comment", e, &error))
            return malformed(error);
        break;
    case Type::DowntimeAdded:
    case Type::DowntimeStarted:
    case Type::DowntimeTriggered:
    case Type::DowntimeRemoved:
        if (!readItem(root, "downtime", e, &error))
            return malformed(error);
        break;
    case Type::ObjectCreated:
    case Type::ObjectDeleted: {
        QString objectType, objectName;
        if (!stringField(root, "object_type", &objectType) ||
            !stringField(root, "object_name", &objectName) || objectName.isEmpty())
            return malformed(QStringLiteral("%1 without object_type/object_name").arg(typeName));
        if (objectType == QLatin1String("Host")) {
            e.host = objectName;
        } else if (objectType == QLatin1String("Service")) {
            const qsizetype bang = objectName.indexOf(QLatin1Char('!'));
            if (bang <= 0)
                return malformed(QStringLiteral("service name without host: %1").arg(objectName));
            e.host = objectName.left(bang);
            e.service = objectName.mid(bang + 1);
        } else { // comments and downtimes have their own events
            return ignored(typeName);
        }
        break;
    }
    default: {
        if (!stringField(root, "host", &e.host) || e.host.isEmpty())
            return malformed(QStringLiteral("%1 without host").arg(typeName));
        dom::element service;
        if (root["service"].get(service) == simdjson::SUCCESS && !stringField(root, "service", &e.service))
            return malformed(QStringLiteral("service is not a string"));
        break;
    }
    }

    switch (e.type) {
    case Type::CheckResult:
    case Type::StateChange:
        if (!readCheckResult(root, e, &error))
            return malformed(error);
        if (e.type == Type::StateChange)
            readStateFields(root, e);
        break;
    case Type::AcknowledgementSet: {
        e.ack.set = true;
        stringField(root, "author", &e.ack.author);
        stringField(root, "comment", &e.ack.comment);
        int ackType = 1;
        intField(root, "acknowledgement_type", &ackType);
        e.ack.sticky = ackType == 2;
        e.ack.expiry = timeField(root, "expiry");
        break;
    }
    default:
        break;
    }
    r.status = Status::Ok;
    return r;
}

} // namespace ocd
