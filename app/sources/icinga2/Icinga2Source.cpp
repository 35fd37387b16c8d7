#include "Icinga2Source.h"

#include "Icinga2ErrorText.h"
#include "Icinga2EventParser.h"
#include "Icinga2ObjectParser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>

Q_LOGGING_CATEGORY(lcIcinga, "oncalldesk.icinga2")

namespace ocd {

namespace {

QStringList eventTypes()
{
    return {QStringLiteral("CheckResult"),        QStringLiteral("StateChange"),
            QStringLiteral("AcknowledgementSet"), QStringLiteral("AcknowledgementCleared"),
            QStringLiteral("CommentAdded"),       QStringLiteral("CommentRemoved"),
            QStringLiteral("DowntimeAdded"),      QStringLiteral("DowntimeStarted"),
            QStringLiteral("DowntimeRemoved"),    QStringLiteral("DowntimeTriggered"),
            QStringLiteral("ObjectCreated"),      QStringLiteral("ObjectDeleted")};
}

QJsonObject objectSelector(const QString &host, const QString &service)
{
    if (service.isEmpty())
        return {{QStringLiteral("type"), QStringLiteral("Host")}, {QStringLiteral("host"), host}};
    return {{QStringLiteral("type"), QStringLiteral("Service")},
            {QStringLiteral("service"), host + QLatin1Char('!') + service}};
}

} // namespace

Icinga2Source::Icinga2Source(Icinga2Settings settings, QObject *parent)
    : MonitoringSource(parent), m_settings(std::move(settings)), m_client(m_settings),
      m_queue(QStringLiteral("oncall-desk-") + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(0);
    connect(&m_parseTimer, &QTimer::timeout, this, &Icinga2Source::parseQueuedLines);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Icinga2Source::connectStream);
    // A server that accepts the connection but never answers (hung, or a black-holing
    // firewall) must not leave the desk "connecting" forever.
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        connectionLost(tr("The server did not answer within %1 s.").arg(kConnectTimeoutMs / 1000));
    });
    // The backoff starts from the beginning only after a stable while: a server that drops
    // every stream right after the sync must not be resynced every second.
    m_stableTimer.setSingleShot(true);
    m_stableTimer.setInterval(kStableAfterMs);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_backoffMs = 0; });
    m_probeTimer.setInterval(kProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &Icinga2Source::probe);
}

Icinga2Source::~Icinga2Source()
{
    abortAll();
}

QString Icinga2Source::name() const
{
    return currentUrl().host();
}

QUrl Icinga2Source::currentUrl() const
{
    if (m_urlIndex == 0 || m_urlIndex > m_settings.fallbackUrls.size())
        return m_settings.url;
    return m_settings.fallbackUrls.at(m_urlIndex - 1);
}

void Icinga2Source::setBackoffLimits(int firstMs, int maxMs)
{
    m_backoffFirstMs = firstMs;
    m_backoffMaxMs = maxMs;
}

void Icinga2Source::start()
{
    m_running = true;
    m_backoffMs = 0;
    connectStream();
}

void Icinga2Source::stop()
{
    m_running = false;
    abortAll();
    setState(State::Idle);
}

void Icinga2Source::abortAll()
{
    m_retryTimer.stop();
    m_probeTimer.stop();
    m_connectTimer.stop();
    m_stableTimer.stop();
    m_parseTimer.stop();
    auto drop = [](QNetworkReply *r) {
        if (!r)
            return;
        r->disconnect();
        r->abort();
        r->deleteLater();
    };
    drop(m_stream);
    drop(m_probe);
    for (const QPointer<QNetworkReply> &r : std::as_const(m_syncReplies))
        drop(r);
    m_syncReplies.clear();
    m_rawLines.clear();
    m_lines.clear();
    m_buffered.clear();
}

QNetworkRequest Icinga2Source::request(const QString &path) const
{
    return m_client.request(currentUrl(), path);
}

QNetworkReply *Icinga2Source::postJson(const QString &path, const QJsonObject &body, int timeoutMs)
{
    return m_client.postJson(currentUrl(), path, body, timeoutMs);
}

void Icinga2Source::connectStream()
{
    abortAll();
    if (!m_running)
        return;
    // A failed configuration stays "failed" while retrying, so the banner does not flicker.
    if (state() != State::Failed)
        setState(m_reconnects > 0 ? State::Reconnecting : State::Connecting,
                 m_reconnects > 0 ? stateReason() : QString());
    m_syncDone = false;

    QUrl url = currentUrl();
    url.setPath(QStringLiteral("/v1/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("queue"), m_queue);
    for (const QString &t : eventTypes())
        query.addQueryItem(QStringLiteral("types"), t);
    url.setQuery(query);
    QNetworkRequest req = request(url.path());
    req.setUrl(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    m_stream = m_client.nam()->post(req, QByteArray("{}"));
    m_client.watchTls(m_stream);
    connect(m_stream, &QNetworkReply::metaDataChanged, this, &Icinga2Source::onStreamMetaData);
    connect(m_stream, &QNetworkReply::readyRead, this, &Icinga2Source::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &Icinga2Source::onStreamFinished);
    m_connectTimer.start();
}

void Icinga2Source::onStreamMetaData()
{
    const int status = m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_syncReplies.isEmpty() && !m_syncDone) {
        m_connectTimer.stop(); // the sync queries have their own transfer timeouts
        startSync();           // subscribed: now the full state can be queried without a gap
    }
}

void Icinga2Source::onStreamData()
{
    const int status = m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body; reported when the reply finishes
    const QByteArrayList lines = m_lines.append(m_stream->readAll());
    const qint64 steady = std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count();
    const QDateTime wall = QDateTime::currentDateTimeUtc();
    for (const QByteArray &l : lines)
        m_rawLines.push_back({l, steady, wall});
    if (!m_rawLines.empty() && !m_parseTimer.isActive())
        m_parseTimer.start();
}

void Icinga2Source::parseQueuedLines()
{
    // Parse in slices of ~4 ms so a burst after a server-side stall never blocks a frame.
    QElapsedTimer t;
    t.start();
    FeedEvents events;
    while (!m_rawLines.empty() && t.nsecsElapsed() < 4'000'000) {
        const RawLine &raw = m_rawLines.front();
        Icinga2EventParser::Result r = Icinga2EventParser::parse(raw.bytes);
        if (r.status == Icinga2EventParser::Status::Ok) {
            r.event.receivedNs = raw.receivedNs;
            r.event.receivedAt = raw.receivedAt;
            events.append(r.event);
        } else if (r.status == Icinga2EventParser::Status::Malformed) {
            ++m_malformed;
            qCWarning(lcIcinga).noquote()
                << "skipped malformed event line:" << r.error << raw.bytes.left(200);
        }
        m_rawLines.pop_front();
    }
    if (!m_rawLines.empty())
        m_parseTimer.start();
    if (events.isEmpty())
        return;
    if (m_syncDone)
        emit eventsReceived(events);
    else
        m_buffered += events;
}

void Icinga2Source::onStreamFinished()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    QString reason = Icinga2ErrorText::forReply(reply, Icinga2Client::sslErrorsOf(reply),
                                                Icinga2ErrorText::Context::Stream);
    if (reason.isEmpty())
        reason = tr("The server ended the event stream (reload or restart).");
    // Certificates and credentials will not fix themselves: say "failed", but keep retrying
    // slowly so a fixed server is picked up without a restart of the desk.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool configProblem = !Icinga2Client::sslErrorsOf(reply).isEmpty() || status == 401 ||
                               status == 403 || reply->error() == QNetworkReply::SslHandshakeFailedError;
    connectionLost(reason, configProblem);
}

void Icinga2Source::startSync()
{
    setState(State::Syncing);
    struct Query
    {
        const char *type;
        QStringList attrs;
    };
    const Query queries[] = {
        {"hosts", Icinga2ObjectParser::hostAttrs()},
        {"services", Icinga2ObjectParser::serviceAttrs()},
        {"dependencies", Icinga2ObjectParser::dependencyAttrs()},
        {"comments", Icinga2ObjectParser::commentAttrs()},
        {"downtimes", Icinga2ObjectParser::downtimeAttrs()},
    };
    for (const Query &q : queries) {
        // POST with X-HTTP-Method-Override: a GET query string with all attrs gets long.
        QNetworkRequest req = request(QStringLiteral("/v1/objects/") + QLatin1String(q.type));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("X-HTTP-Method-Override", "GET");
        req.setTransferTimeout(kQueryTimeoutMs);
        const QJsonObject body{{QStringLiteral("attrs"), QJsonArray::fromStringList(q.attrs)}};
        QNetworkReply *reply = m_client.nam()->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        reply->setProperty("ocdQuery", QLatin1String(q.type));
        m_client.watchTls(reply);
        connect(reply, &QNetworkReply::finished, this, &Icinga2Source::onSyncFinished);
        m_syncReplies.append(reply);
    }
}

void Icinga2Source::onSyncFinished()
{
    for (const QPointer<QNetworkReply> &r : std::as_const(m_syncReplies)) {
        if (!r)
            return;
        if (!r->isFinished())
            return;
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r->error() != QNetworkReply::NoError || status != 200) {
            connectionLost(Icinga2ErrorText::forReply(r, Icinga2Client::sslErrorsOf(r),
                                                      Icinga2ErrorText::Context::Query));
            return;
        }
    }
    Icinga2ObjectParser::Bodies bodies;
    for (const QPointer<QNetworkReply> &r : std::as_const(m_syncReplies)) {
        const QString type = r->property("ocdQuery").toString();
        const QByteArray body = r->readAll();
        if (type == QLatin1String("hosts"))
            bodies.hosts = body;
        else if (type == QLatin1String("services"))
            bodies.services = body;
        else if (type == QLatin1String("dependencies"))
            bodies.dependencies = body;
        else if (type == QLatin1String("comments"))
            bodies.comments = body;
        else
            bodies.downtimes = body;
        r->deleteLater();
    }
    m_syncReplies.clear();

    Snapshot snapshot;
    QString error;
    int skipped = 0;
    if (!Icinga2ObjectParser::buildSnapshot(bodies, QDateTime::currentDateTimeUtc(), &snapshot, &error,
                                            &skipped)) {
        connectionLost(error);
        return;
    }
    if (skipped > 0)
        qCWarning(lcIcinga) << "sync skipped" << skipped << "malformed results";
    m_syncDone = true;
    m_failedInCycle = 0;
    m_stableTimer.start();
    emit snapshotReady(snapshot);
    if (!m_buffered.isEmpty())
        emit eventsReceived(std::exchange(m_buffered, {}));
    setState(State::Live);
    m_probeTimer.start();
}

void Icinga2Source::connectionLost(const QString &reason, bool configProblem)
{
    qCWarning(lcIcinga).noquote() << "connection lost:" << reason;
    abortAll();
    if (m_running)
        scheduleReconnect(reason, configProblem);
}

void Icinga2Source::scheduleReconnect(const QString &reason, bool configProblem)
{
    // An HA pair: the next master is tried at once; the backoff grows once all have failed.
    const int urlCount = 1 + int(m_settings.fallbackUrls.size());
    if (urlCount > 1) {
        m_urlIndex = (m_urlIndex + 1) % urlCount;
        if (++m_failedInCycle < urlCount) {
            ++m_reconnects;
            setState(State::Reconnecting, reason, QDateTime::currentDateTimeUtc().addMSecs(200));
            m_retryTimer.start(200);
            return;
        }
        m_failedInCycle = 0;
    }
    m_backoffMs = m_backoffMs == 0 ? m_backoffFirstMs : qMin(m_backoffMs * 2, m_backoffMaxMs);
    // +-20 % jitter so that many desks do not hit a restarted server in lockstep.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = qMax(100, int(m_backoffMs * jitter));
    ++m_reconnects;
    setState(configProblem ? State::Failed : State::Reconnecting, reason,
             QDateTime::currentDateTimeUtc().addMSecs(delay));
    m_retryTimer.start(delay);
}

void Icinga2Source::probe()
{
    // The event stream carries no keep-alive: a server that vanished without closing TCP would
    // look idle forever. A cheap authenticated request every 5 s notices that within seconds.
    if (m_probe)
        return;
    QNetworkRequest req = request(QStringLiteral("/v1"));
    req.setTransferTimeout(kProbeTimeoutMs);
    m_probe = m_client.nam()->get(req);
    m_client.watchTls(m_probe);
    connect(m_probe, &QNetworkReply::finished, this, [this] {
        QNetworkReply *r = m_probe;
        m_probe = nullptr;
        r->deleteLater();
        if (r->error() == QNetworkReply::NoError || r->error() >= QNetworkReply::ContentAccessDenied)
            return; // any HTTP answer means the server is alive
        connectionLost(
            Icinga2ErrorText::forReply(r, Icinga2Client::sslErrorsOf(r), Icinga2ErrorText::Context::Query));
    });
}

ActionReply *Icinga2Source::runPerObject(
    const QStringList &keys, const QString &action,
    const std::function<QJsonObject(const QString &host, const QString &service)> &body,
    const QString &successText)
{
    auto *result = new ActionReply(this);
    if (keys.isEmpty()) {
        // Finished through the event loop, like every reply, so callers can connect first.
        QTimer::singleShot(0, result, [result] { result->finish(false, tr("Nothing selected.")); });
        return result;
    }
    // A few requests in flight at a time: a bulk acknowledge of 2,000 alarms must not queue
    // 2,000 requests whose transfer timeouts would run out while they wait for a connection.
    struct Progress
    {
        QStringList queue;
        int inFlight = 0;
        int total = 0;
        QStringList errors;
    };
    auto progress = std::make_shared<Progress>();
    progress->queue = keys;
    progress->total = int(keys.size());
    auto sendNext = std::make_shared<std::function<void()>>();
    *sendNext = [this, result, progress, action, body, successText, sendNext] {
        while (progress->inFlight < kActionsInFlight && !progress->queue.isEmpty()) {
            const QString key = progress->queue.takeFirst();
            const QString host = key.section(QLatin1Char('!'), 0, 0);
            const QString service = key.section(QLatin1Char('!'), 1);
            QJsonObject payload = body(host, service);
            const QJsonObject selector = objectSelector(host, service);
            for (auto it = selector.begin(); it != selector.end(); ++it)
                payload.insert(it.key(), it.value());
            QNetworkReply *reply =
                postJson(QStringLiteral("/v1/actions/") + action, payload, kQueryTimeoutMs);
            ++progress->inFlight;
            connect(reply, &QNetworkReply::finished, result,
                    [reply, result, progress, key, successText, sendNext] {
                        reply->deleteLater();
                        --progress->inFlight;
                        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        if (reply->error() != QNetworkReply::NoError || status >= 300) {
                            const QString why = Icinga2ErrorText::forReply(
                                reply, Icinga2Client::sslErrorsOf(reply), Icinga2ErrorText::Context::Action);
                            progress->errors.append(
                                progress->total == 1 ? why : QStringLiteral("%1: %2").arg(key, why));
                        }
                        if (!progress->queue.isEmpty()) {
                            (*sendNext)();
                            return;
                        }
                        if (progress->inFlight > 0)
                            return;
                        *sendNext = nullptr; // breaks the self-reference
                        if (progress->errors.isEmpty())
                            result->finish(true, successText);
                        else
                            result->finish(false, progress->errors.join(QLatin1Char('\n')));
                    });
        }
    };
    (*sendNext)();
    return result;
}

ActionReply *Icinga2Source::acknowledge(const QStringList &keys, const AckRequest &r)
{
    return runPerObject(
        keys, QStringLiteral("acknowledge-problem"),
        [&r, this](const QString &, const QString &) {
            QJsonObject b{{QStringLiteral("author"), r.author.isEmpty() ? m_settings.user : r.author},
                          {QStringLiteral("comment"), r.comment},
                          {QStringLiteral("sticky"), r.sticky},
                          {QStringLiteral("notify"), r.notify}};
            if (r.expiry.isValid())
                b.insert(QStringLiteral("expiry"), double(r.expiry.toSecsSinceEpoch()));
            return b;
        },
        tr("Acknowledged %n alarm(s).", nullptr, int(keys.size())));
}

ActionReply *Icinga2Source::removeAcknowledgement(const QStringList &keys)
{
    return runPerObject(
        keys, QStringLiteral("remove-acknowledgement"),
        [](const QString &, const QString &) { return QJsonObject{}; },
        tr("Removed the acknowledgement of %n alarm(s).", nullptr, int(keys.size())));
}

ActionReply *Icinga2Source::recheck(const QStringList &keys)
{
    return runPerObject(
        keys, QStringLiteral("reschedule-check"),
        [](const QString &, const QString &) {
            // Without next_check the server uses its own "now": the desk's clock may be off.
            return QJsonObject{{QStringLiteral("force"), true}}; // passive objects need force
        },
        tr("Check of %n object(s) scheduled now.", nullptr, int(keys.size())));
}

ActionReply *Icinga2Source::scheduleDowntime(const QStringList &keys, const DowntimeRequest &r)
{
    return runPerObject(
        keys, QStringLiteral("schedule-downtime"),
        [&r, this](const QString &, const QString &service) {
            const QDateTime start = r.start.isValid() ? r.start : QDateTime::currentDateTimeUtc();
            QJsonObject b{{QStringLiteral("author"), r.author.isEmpty() ? m_settings.user : r.author},
                          {QStringLiteral("comment"), r.comment},
                          {QStringLiteral("start_time"), double(start.toSecsSinceEpoch())},
                          {QStringLiteral("end_time"), double(start.toSecsSinceEpoch() + r.durationSecs)},
                          {QStringLiteral("fixed"), true}};
            if (service.isEmpty()) {
                b.insert(QStringLiteral("all_services"), r.allServices);
                b.insert(QStringLiteral("child_options"), r.childHosts
                                                              ? QStringLiteral("DowntimeTriggeredChildren")
                                                              : QStringLiteral("DowntimeNoChildren"));
            }
            return b;
        },
        tr("Downtime scheduled for %n object(s).", nullptr, int(keys.size())));
}

ActionReply *Icinga2Source::addComment(const QString &key, const QString &author, const QString &text)
{
    return runPerObject(
        {key}, QStringLiteral("add-comment"),
        [&](const QString &, const QString &) {
            return QJsonObject{{QStringLiteral("author"), author.isEmpty() ? m_settings.user : author},
                               {QStringLiteral("comment"), text}};
        },
        tr("Comment added."));
}

} // namespace ocd
