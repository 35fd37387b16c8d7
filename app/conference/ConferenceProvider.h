#pragma once

#include <QMetaType>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

namespace ocd {

// What "Start conference" on an incident asks for.
struct ConferenceRequest
{
    QString incidentId;
    QString subject;  // e.g. "Störung host1 — 07:05"; shown as the room's title
    QString userName; // who starts it: joins through moderatorUrl
};

struct ConferenceRoom
{
    bool ok = false;
    QString message;   // a translated sentence on failure
    QUrl joinUrl;      // for colleagues (attendee): goes into the incident journal
    QUrl moderatorUrl; // for the starter; for Jitsi the join link plus the starter's display name
    QString roomName;  // the provider's name for the room (Jitsi room, BigBlueButton meetingID)
};

// One "create a room" request. It finishes exactly once, always through the event loop (never
// inside create()), so callers can connect to finished() after create() returned; it deletes
// itself (deleteLater) after finished(). Destroying its provider destroys unfinished jobs
// without a finished().
class ConferenceJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }

signals:
    void finished(const ocd::ConferenceRoom &room);

protected:
    // Later calls are ignored: a timeout and a late reply may both try to finish.
    void finish(const ConferenceRoom &room)
    {
        if (m_finished)
            return;
        m_finished = true;
        QMetaObject::invokeMethod(
            this,
            [this, room] {
                emit finished(room);
                deleteLater();
            },
            Qt::QueuedConnection);
    }

private:
    bool m_finished = false;
};

// Room names, meeting IDs and passwords: whoever knows one can join (Jitsi) or could enter a
// password-protected room, so they must be unguessable even by an attacker who saw many earlier
// ones. Hence QRandomGenerator::system() (the operating system's cryptographic generator), not
// global(), whose outputs may reveal its state. 128 bits (> 96) make online guessing hopeless.
// Base32 (RFC 4648 alphabet, lower case, no padding) because Jitsi folds room names to lower
// case (they become XMPP JIDs), which would throw away base64's case bits, and because letters
// and digits survive every URL, path and form encoding unchanged.
inline QString randomToken(int bits = 128)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint64 buffer = 0;
    int buffered = 0;
    for (int produced = 0; produced < bits; produced += 5) {
        if (buffered < 5) {
            buffer = (buffer << 32) | QRandomGenerator::system()->generate();
            buffered += 32;
        }
        buffered -= 5;
        out += QLatin1Char(alphabet[(buffer >> buffered) & 0x1f]);
    }
    return out;
}

// A conference service that can make an ad-hoc room for an incident.
class ConferenceProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0; // e.g. "Jitsi Meet", for the settings and the journal
    // The job is a child of the provider; see ConferenceJob for its lifetime.
    virtual ConferenceJob *create(const ConferenceRequest &request) = 0;
};

} // namespace ocd

Q_DECLARE_METATYPE(ocd::ConferenceRoom)
