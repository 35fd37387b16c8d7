#pragma once

#include "conference/ConferenceProvider.h"

namespace ocd {

// Jitsi Meet creates a room when the first person opens its URL, so "creating" one is only
// choosing a name nobody can guess: everyone who knows the name can join (on meet.jit.si and most
// self-hosted servers there is no other access control). The subject travels in the URL
// fragment (#config.subject="…"), which the Jitsi web app reads as a config override; fragments
// are never sent to the server.
class JitsiProvider : public ConferenceProvider
{
    Q_OBJECT
public:
    explicit JitsiProvider(const QUrl &baseUrl = QUrl(QStringLiteral("https://meet.jit.si")),
                           QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    QString name() const override;
    ConferenceJob *create(const ConferenceRequest &request) override;

    // The readable start of a room name: the subject's words, ASCII-folded ("ö" → "oe"),
    // capitalised and joined, numbers-only words left out ("Störung host1 — 07:05" →
    // "StoerungHost1"); at most 40 characters; "Incident" when nothing readable is left.
    static QString roomPrefix(const QString &subject);
    // A JSON string literal, percent-encoded for a Jitsi fragment parameter's value.
    static QByteArray fragmentValue(const QString &text);

private:
    QUrl m_baseUrl;
};

} // namespace ocd
