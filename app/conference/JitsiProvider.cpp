#include "conference/JitsiProvider.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocd {

namespace {

constexpr int kMaxPrefixLength = 40; // keeps the whole name well below Jitsi's and browsers' limits

// Jitsi needs no server round trip, but callers are promised a finished() through the event loop.
class ImmediateJob : public ConferenceJob
{
public:
    using ConferenceJob::ConferenceJob;
    using ConferenceJob::finish;
};

// German transliteration first ("Störung" must read "Stoerung", not "Storung"); everything else
// loses its accents through compatibility decomposition, and what is still not ASCII is dropped.
QString foldToAscii(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00C4:
            out += QLatin1String("Ae");
            break;
        case 0x00D6:
            out += QLatin1String("Oe");
            break;
        case 0x00DC:
            out += QLatin1String("Ue");
            break;
        case 0x00E4:
            out += QLatin1String("ae");
            break;
        case 0x00F6:
            out += QLatin1String("oe");
            break;
        case 0x00FC:
            out += QLatin1String("ue");
            break;
        case 0x00DF:
            out += QLatin1String("ss");
            break;
        case 0x1E9E:
            out += QLatin1String("SS");
            break;
        default:
            for (const QChar d : QString(c).normalized(QString::NormalizationForm_KD)) {
                if (d.unicode() < 0x80)
                    out += d;
            }
        }
    }
    return out;
}

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

} // namespace

JitsiProvider::JitsiProvider(const QUrl &baseUrl, QObject *parent)
    : ConferenceProvider(parent), m_baseUrl(baseUrl)
{}

QString JitsiProvider::name() const
{
    return QStringLiteral("Jitsi Meet");
}

QString JitsiProvider::roomPrefix(const QString &subject)
{
    const QString folded = foldToAscii(subject);
    QString prefix;
    QString word;
    bool done = false;
    auto takeWord = [&] {
        bool digitsOnly = true;
        for (const QChar c : word)
            digitsOnly = digitsOnly && c.isDigit();
        // Times and dates ("07:05") would run into their neighbours unreadably, and the random
        // part already makes the name unique.
        if (!word.isEmpty() && !digitsOnly && !done) {
            word[0] = word[0].toUpper();
            if (prefix.size() + word.size() <= kMaxPrefixLength) {
                prefix += word;
            } else {
                if (prefix.isEmpty())
                    prefix = word.left(kMaxPrefixLength);
                done = true;
            }
        }
        word.clear();
    };
    for (const QChar c : folded) {
        if (isAsciiLetterOrDigit(c))
            word += c;
        else
            takeWord();
    }
    takeWord();
    return prefix.isEmpty() ? QStringLiteral("Incident") : prefix;
}

QByteArray JitsiProvider::fragmentValue(const QString &text)
{
    // Jitsi splits the fragment at '&' and '=', percent-decodes each value and parses it as JSON,
    // so the value is a JSON string with every reserved character percent-encoded.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QUrl::toPercentEncoding(QString::fromUtf8(array.mid(1, array.size() - 2)));
}

ConferenceJob *JitsiProvider::create(const ConferenceRequest &request)
{
    auto *job = new ImmediateJob(this);
    ConferenceRoom room;
    const QString scheme = m_baseUrl.scheme().toLower();
    if (!m_baseUrl.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        m_baseUrl.host().isEmpty()) {
        room.message = tr("The Jitsi Meet address “%1” is not a web address (http:// or https://). "
                          "Check the conference settings.")
                           .arg(m_baseUrl.toDisplayString());
        job->finish(room);
        return job;
    }

    room.roomName = roomPrefix(request.subject) + randomToken(128);

    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + room.roomName);

    QByteArray fragment;
    if (!request.subject.trimmed().isEmpty())
        fragment = "config.subject=" + fragmentValue(request.subject);
    url.setFragment(QString::fromLatin1(fragment), QUrl::StrictMode);
    room.joinUrl = url.fragment().isEmpty() ? url.adjusted(QUrl::RemoveFragment) : url;

    // Only the starter's link carries a display name: the journal link is shared by everyone,
    // who would otherwise all join under the starter's name.
    if (!request.userName.trimmed().isEmpty()) {
        if (!fragment.isEmpty())
            fragment += '&';
        fragment += "userInfo.displayName=" + fragmentValue(request.userName);
        url.setFragment(QString::fromLatin1(fragment), QUrl::StrictMode);
    }
    room.moderatorUrl = url.fragment().isEmpty() ? url.adjusted(QUrl::RemoveFragment) : url;
    room.ok = true;
    job->finish(room);
    return job;
}

} // namespace ocd
