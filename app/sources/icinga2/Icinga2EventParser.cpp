#include "Icinga2EventParser.h"

#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ocd {

using namespace json;

namespace {

using Type = FeedEvent::Type;

std::optional<Type> typeFromName(const QString &name)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("CheckResult"), Type::CheckResult},
        {QStringLiteral("StateChange"), Type::StateChange},
        {QStringLiteral("AcknowledgementSet"), Type::AcknowledgementSet},
        {QStringLiteral("AcknowledgementCleared"), Type::AcknowledgementCleared},
        {QStringLiteral("CommentAdded"), Type::CommentAdded},
        {QStringLiteral("CommentRemoved"), Type::CommentRemoved},
        {QStringLiteral("DowntimeAdded"), Type::DowntimeAdded},
        {QStringLiteral("DowntimeStarted"), Type::DowntimeStarted},
        {QStringLiteral("DowntimeTriggered"), Type::DowntimeTriggered},
        {QStringLiteral("DowntimeRemoved"), Type::DowntimeRemoved},
        {QStringLiteral("ObjectDeleted"), Type::ObjectDeleted},
    };
    auto it = types.constFind(name);
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

// Host states are 0 UP / 1 DOWN; a host's raw check result uses service numbering (0-3), where
// 0 and 1 mean UP. vars_after.state already holds the host state when present.
int hostStateFromCheckResult(int crState)
{
    return crState <= 1 ? 0 : 1;
}

bool readCheckResult(const QJsonObject &root, FeedEvent &e, QString *error)
{
    const QJsonValue crValue = root.value(QLatin1String("check_result"));
    if (!crValue.isObject()) {
        *error = QStringLiteral("check_result is not an object");
        return false;
    }
    const QJsonObject cr = crValue.toObject();
    int crState = 0;
    if (!intField(cr, QLatin1String("state"), &crState) || crState < 0 || crState > 3) {
        *error = QStringLiteral("check_result.state missing or out of range");
        return false;
    }
    stringField(cr, QLatin1String("output"), &e.output);
    e.perfdata = perfdataField(cr, QLatin1String("performance_data"));
    e.checkTime = timeField(cr, QLatin1String("execution_end"));
    e.hasCheckResult = true;

    const bool isHost = e.service.isEmpty();
    e.hasState = true;
    e.state = isHost ? hostStateFromCheckResult(crState) : crState;

    const QJsonObject after = cr.value(QLatin1String("vars_after")).toObject();
    int v = 0;
    if (intField(after, QLatin1String("state"), &v) && v >= 0 && v <= 3)
        e.state = isHost ? (v == 0 ? 0 : 1) : v;
    if (intField(after, QLatin1String("state_type"), &v))
        e.stateType = v == 0 ? StateType::Soft : StateType::Hard;
    if (intField(after, QLatin1String("attempt"), &v) && v > 0)
        e.attempt = v;
    bool reachable = true;
    if (boolField(after, QLatin1String("reachable"), &reachable)) {
        e.hasReachable = true;
        e.reachable = reachable;
    }
    return true;
}

void readStateFields(const QJsonObject &root, FeedEvent &e)
{
    int v = 0;
    if (intField(root, QLatin1String("state"), &v) && v >= 0 && v <= 3) {
        e.hasState = true;
        e.state = v;
    }
    if (intField(root, QLatin1String("state_type"), &v))
        e.stateType = v == 0 ? StateType::Soft : StateType::Hard;
}

bool readItem(const QJsonObject &root, QLatin1StringView key, FeedEvent &e, QString *error)
{
    const QJsonValue value = root.value(key);
    if (!value.isObject()) {
        *error = QStringLiteral("%1 is not an object").arg(key);
        return false;
    }
    const QJsonObject item = value.toObject();
    if (!stringField(item, QLatin1String("host_name"), &e.host) ||
        !stringField(item, QLatin1String("name"), &e.itemName)) {
        *error = QStringLiteral("%1 lacks host_name or name").arg(key);
        return false;
    }
    stringField(item, QLatin1String("service_name"), &e.service);
    stringField(item, QLatin1String("author"), &e.itemAuthor);
    if (!stringField(item, QLatin1String("text"), &e.itemText))
        stringField(item, QLatin1String("comment"), &e.itemText);
    intField(item, QLatin1String("entry_type"), &e.commentEntryType);
    const QDateTime entry = timeField(item, QLatin1String("entry_time"));
    if (entry.isValid())
        e.timestamp = entry;
    return true;
}

} // namespace

Icinga2EventParser::Result Icinga2EventParser::parse(const QByteArray &line)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("invalid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString()));
    if (!doc.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();

    QString typeName;
    if (!stringField(root, QLatin1String("type"), &typeName))
        return malformed(QStringLiteral("no type"));
    const std::optional<Type> type = typeFromName(typeName);
    if (!type) {
        Result r;
        r.status = Status::Ignored;
        r.error = typeName;
        return r;
    }

    Result r;
    FeedEvent &e = r.event;
    e.type = *type;
    e.timestamp = timeField(root, QLatin1String("timestamp"));
    QString error;

    switch (e.type) {
    case Type::CommentAdded:
    case Type::CommentRemoved:
        if (!readItem(root, QLatin1String("comment"), e, &error))
            return malformed(error);
        break;
    case Type::DowntimeAdded:
    case Type::DowntimeStarted:
    case Type::DowntimeTriggered:
    case Type::DowntimeRemoved:
        if (!readItem(root, QLatin1String("downtime"), e, &error))
            return malformed(error);
        break;
    case Type::ObjectDeleted: {
        QString objectType, objectName;
        if (!stringField(root, QLatin1String("object_type"), &objectType) ||
            !stringField(root, QLatin1String("object_name"), &objectName))
            return malformed(QStringLiteral("ObjectDeleted without object_type/object_name"));
        if (objectType == QLatin1String("Host")) {
            e.host = objectName;
        } else if (objectType == QLatin1String("Service")) {
            const qsizetype bang = objectName.indexOf(QLatin1Char('!'));
            if (bang <= 0)
                return malformed(QStringLiteral("service name without host: %1").arg(objectName));
            e.host = objectName.left(bang);
            e.service = objectName.mid(bang + 1);
        } else {
            r.status = Status::Ignored;
            r.error = typeName;
            return r;
        }
        break;
    }
    default:
        if (!stringField(root, QLatin1String("host"), &e.host) || e.host.isEmpty())
            return malformed(QStringLiteral("%1 without host").arg(typeName));
        if (root.contains(QLatin1String("service")) && !stringField(root, QLatin1String("service"), &e.service))
            return malformed(QStringLiteral("service is not a string"));
        break;
    }

    switch (e.type) {
    case Type::CheckResult:
    case Type::StateChange:
        if (!readCheckResult(root, e, &error))
            return malformed(error);
        // StateChange carries the object's own state (host DOWN = 1) beside the raw result.
        if (e.type == Type::StateChange)
            readStateFields(root, e);
        break;
    case Type::AcknowledgementSet: {
        e.ack.set = true;
        stringField(root, QLatin1String("author"), &e.ack.author);
        stringField(root, QLatin1String("comment"), &e.ack.comment);
        int ackType = 1;
        intField(root, QLatin1String("acknowledgement_type"), &ackType);
        e.ack.sticky = ackType == 2;
        e.ack.expiry = timeField(root, QLatin1String("expiry"));
        break;
    }
    default:
        break;
    }
    r.status = Status::Ok;
    return r;
}

} // namespace ocd
