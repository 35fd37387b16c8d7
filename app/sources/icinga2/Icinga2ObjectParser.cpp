#include "Icinga2ObjectParser.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocd {

using namespace json;

QStringList Icinga2ObjectParser::hostAttrs()
{
    return {QStringLiteral("name"),
            QStringLiteral("display_name"),
            QStringLiteral("state"),
            QStringLiteral("state_type"),
            QStringLiteral("check_attempt"),
            QStringLiteral("max_check_attempts"),
            QStringLiteral("last_check_result"),
            QStringLiteral("last_state_change"),
            QStringLiteral("last_check"),
            QStringLiteral("last_reachable"),
            QStringLiteral("acknowledgement"),
            QStringLiteral("acknowledgement_expiry"),
            QStringLiteral("downtime_depth"),
            QStringLiteral("check_command"),
            QStringLiteral("vars")};
}

QStringList Icinga2ObjectParser::serviceAttrs()
{
    return hostAttrs() << QStringLiteral("host_name");
}

QStringList Icinga2ObjectParser::dependencyAttrs()
{
    return {QStringLiteral("parent_host_name"), QStringLiteral("child_host_name")};
}

QStringList Icinga2ObjectParser::commentAttrs()
{
    return {QStringLiteral("name"),      QStringLiteral("host_name"), QStringLiteral("service_name"),
            QStringLiteral("author"),    QStringLiteral("text"),      QStringLiteral("entry_time"),
            QStringLiteral("entry_type")};
}

QStringList Icinga2ObjectParser::downtimeAttrs()
{
    return {QStringLiteral("name"),       QStringLiteral("host_name"),    QStringLiteral("service_name"),
            QStringLiteral("start_time"), QStringLiteral("end_time"),     QStringLiteral("trigger_time"),
            QStringLiteral("fixed"),      QStringLiteral("was_cancelled")};
}

namespace {

bool results(const QByteArray &body, const char *what, QJsonArray *out, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        *error = Icinga2ObjectParser::tr("The server's answer about %1 is not valid JSON (%2).")
                     .arg(QLatin1String(what), perr.errorString());
        return false;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("results")).isArray()) {
        *error = Icinga2ObjectParser::tr("The server's answer about %1 holds no result list.")
                     .arg(QLatin1String(what));
        return false;
    }
    *out = doc.object().value(QLatin1String("results")).toArray();
    return true;
}

bool readObject(const QJsonObject &attrs, ObjectKind kind, MonitoredObject *o)
{
    o->kind = kind;
    if (!stringField(attrs, QLatin1String("name"), kind == ObjectKind::Host ? &o->hostName : &o->serviceName))
        return false;
    if (kind == ObjectKind::Service && !stringField(attrs, QLatin1String("host_name"), &o->hostName))
        return false;
    if (!stringField(attrs, QLatin1String("display_name"), &o->displayName) || o->displayName.isEmpty())
        o->displayName = kind == ObjectKind::Host ? o->hostName : o->serviceName;

    int v = 0;
    if (intField(attrs, QLatin1String("state"), &v))
        o->state = kind == ObjectKind::Host ? (v == 0 ? 0 : 1) : qBound(0, v, 3);
    if (intField(attrs, QLatin1String("state_type"), &v))
        o->stateType = v == 0 ? StateType::Soft : StateType::Hard;
    intField(attrs, QLatin1String("check_attempt"), &o->attempt);
    intField(attrs, QLatin1String("max_check_attempts"), &o->maxAttempts);
    boolField(attrs, QLatin1String("last_reachable"), &o->reachable);
    stringField(attrs, QLatin1String("check_command"), &o->checkCommand);
    o->lastStateChange = timeField(attrs, QLatin1String("last_state_change"));
    o->lastCheck = timeField(attrs, QLatin1String("last_check"));
    o->vars = attrs.value(QLatin1String("vars")).toObject().toVariantMap();

    const QJsonValue cr = attrs.value(QLatin1String("last_check_result"));
    o->pending = !cr.isObject(); // null until the first check
    if (cr.isObject()) {
        const QJsonObject crObj = cr.toObject();
        stringField(crObj, QLatin1String("output"), &o->output);
        o->perfdata = perfdataField(crObj, QLatin1String("performance_data"));
        const QDateTime end = timeField(crObj, QLatin1String("execution_end"));
        if (end.isValid())
            o->lastCheck = end;
    }

    int ack = 0;
    intField(attrs, QLatin1String("acknowledgement"), &ack);
    o->ack.set = ack != 0;
    o->ack.sticky = ack == 2;
    o->ack.expiry = timeField(attrs, QLatin1String("acknowledgement_expiry"));
    return true;
}

QString keyOf(const QJsonObject &attrs)
{
    QString host, service;
    stringField(attrs, QLatin1String("host_name"), &host);
    stringField(attrs, QLatin1String("service_name"), &service);
    return MonitoredObject::makeKey(host, service);
}

} // namespace

bool Icinga2ObjectParser::buildSnapshot(const Bodies &bodies, const QDateTime &now, Snapshot *out,
                                        QString *error, int *skipped)
{
    QJsonArray hosts, services, deps, comments, downtimes;
    if (!results(bodies.hosts, "hosts", &hosts, error) ||
        !results(bodies.services, "services", &services, error) ||
        !results(bodies.dependencies, "dependencies", &deps, error) ||
        !results(bodies.comments, "comments", &comments, error) ||
        !results(bodies.downtimes, "downtimes", &downtimes, error))
        return false;

    int bad = 0;
    QHash<QString, qsizetype> index;
    out->objects.clear();
    out->objects.reserve(hosts.size() + services.size());
    auto addAll = [&](const QJsonArray &list, ObjectKind kind) {
        for (const QJsonValue &r : list) {
            MonitoredObject o;
            if (!readObject(r.toObject().value(QLatin1String("attrs")).toObject(), kind, &o)) {
                ++bad;
                continue;
            }
            index.insert(o.key(), out->objects.size());
            out->objects.append(std::move(o));
        }
    };
    addAll(hosts, ObjectKind::Host);
    addAll(services, ObjectKind::Service);

    out->dependencies.clear();
    for (const QJsonValue &r : deps) {
        const QJsonObject attrs = r.toObject().value(QLatin1String("attrs")).toObject();
        HostDependency d;
        if (!stringField(attrs, QLatin1String("parent_host_name"), &d.parentHost) ||
            !stringField(attrs, QLatin1String("child_host_name"), &d.childHost) || d.parentHost.isEmpty()) {
            ++bad;
            continue;
        }
        if (!out->dependencies.contains(d)) // service dependencies repeat the host pair
            out->dependencies.append(d);
    }

    for (const QJsonValue &r : comments) {
        const QJsonObject attrs = r.toObject().value(QLatin1String("attrs")).toObject();
        auto it = index.constFind(keyOf(attrs));
        if (it == index.cend()) {
            ++bad;
            continue;
        }
        MonitoredObject &o = out->objects[*it];
        Comment c;
        stringField(attrs, QLatin1String("name"), &c.name);
        stringField(attrs, QLatin1String("author"), &c.author);
        stringField(attrs, QLatin1String("text"), &c.text);
        intField(attrs, QLatin1String("entry_type"), &c.entryType);
        c.entryTime = timeField(attrs, QLatin1String("entry_time"));
        // The acknowledgement's author and comment live only in its comment object.
        if (c.entryType == 4 && o.ack.set) {
            o.ack.author = c.author;
            o.ack.comment = c.text;
        }
        o.comments.append(c);
    }

    for (const QJsonValue &r : downtimes) {
        const QJsonObject attrs = r.toObject().value(QLatin1String("attrs")).toObject();
        auto it = index.constFind(keyOf(attrs));
        QString name;
        if (it == index.cend() || !stringField(attrs, QLatin1String("name"), &name)) {
            ++bad;
            continue;
        }
        const QDateTime triggered = timeField(attrs, QLatin1String("trigger_time"));
        const QDateTime end = timeField(attrs, QLatin1String("end_time"));
        bool cancelled = false;
        boolField(attrs, QLatin1String("was_cancelled"), &cancelled);
        if (triggered.isValid() && !cancelled && (!end.isValid() || end > now))
            out->objects[*it].downtimes.append(name);
    }
    if (skipped)
        *skipped = bad;
    return true;
}

} // namespace ocd
