#pragma once

#include "Icinga2Client.h"
#include "Icinga2Settings.h"
#include "LineBuffer.h"
#include "sources/MonitoringSource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <deque>

class QNetworkReply;

namespace ocd {

// Icinga 2 REST API source. Order on every (re)connect: open the event stream first, then query
// the full state, buffer stream events meanwhile, publish the snapshot, then the buffered
// events. So no change falls into the gap between query and stream; the store drops the
// buffered ones that are older than the snapshot. Lost connections retry with exponential
// backoff (1 s .. 30 s, +-20 % jitter) and always resync.
class Icinga2Source : public MonitoringSource
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr int kProbeIntervalMs = 5'000;
    static constexpr int kProbeTimeoutMs = 4'000;
    static constexpr int kQueryTimeoutMs = 60'000;
    static constexpr int kConnectTimeoutMs = 15'000; // from connecting until the stream is subscribed
    static constexpr int kStableAfterMs = 30'000;    // live this long: backoff starts over
    static constexpr int kActionsInFlight = 4;

    explicit Icinga2Source(Icinga2Settings settings, QObject *parent = nullptr);
    ~Icinga2Source() override;

    void start() override;
    void stop() override;
    QString name() const override;
    QString defaultAuthor() const override { return m_settings.user; }

    ActionReply *acknowledge(const QStringList &keys, const AckRequest &request) override;
    ActionReply *removeAcknowledgement(const QStringList &keys) override;
    ActionReply *recheck(const QStringList &keys) override;
    ActionReply *scheduleDowntime(const QStringList &keys, const DowntimeRequest &request) override;
    ActionReply *addComment(const QString &key, const QString &author, const QString &text) override;

    int malformedLines() const { return m_malformed; }
    int reconnects() const { return m_reconnects; }
    // Tests shorten the backoff; production keeps the defaults.
    void setBackoffLimits(int firstMs, int maxMs);

    QUrl currentUrl() const;

private:
    QNetworkRequest request(const QString &path) const;
    void connectStream();
    void onStreamMetaData();
    void onStreamData();
    void onStreamFinished();
    void parseQueuedLines();
    void startSync();
    void onSyncFinished();
    void connectionLost(const QString &reason, bool configProblem = false);
    void scheduleReconnect(const QString &reason, bool configProblem);
    void probe();
    void abortAll();
    QNetworkReply *postJson(const QString &path, const QJsonObject &body, int timeoutMs);
    ActionReply *
    runPerObject(const QStringList &keys, const QString &action,
                 const std::function<QJsonObject(const QString &host, const QString &service)> &body,
                 const QString &successText);

    Icinga2Settings m_settings;
    Icinga2Client m_client;
    QString m_queue;
    bool m_running = false;

    QPointer<QNetworkReply> m_stream;
    LineBuffer m_lines{kMaxLineBytes};
    struct RawLine
    {
        QByteArray bytes;
        qint64 receivedNs; // steady clock
        QDateTime receivedAt;
    };
    std::deque<RawLine> m_rawLines;
    QTimer m_parseTimer;
    FeedEvents m_buffered; // events that arrived while the sync ran
    bool m_syncDone = false;

    QList<QPointer<QNetworkReply>> m_syncReplies;
    QTimer m_retryTimer;
    QTimer m_probeTimer;
    QTimer m_connectTimer;
    QTimer m_stableTimer;
    QPointer<QNetworkReply> m_probe;
    int m_backoffFirstMs = 1000;
    int m_backoffMaxMs = 30000;
    int m_backoffMs = 0;
    int m_malformed = 0;
    int m_urlIndex = 0;      // 0: settings.url, n: fallbackUrls[n - 1]
    int m_failedInCycle = 0; // failures since the last success, across the URLs
    int m_reconnects = 0;
};

} // namespace ocd
