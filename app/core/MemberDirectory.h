#pragma once

#include "Member.h"
#include "MonitoredObject.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace ocd {

class Topology;

// All known members and how to find them: by the caller's number (exact after normalising),
// by name, and by what they run. Members come from Icinga host vars and/or an import; the
// import wins for the fields it sets (it is what the office maintains), host vars add objects.
//
// Host vars read (on hosts, VMs): `member` (id), `member_name`, `member_phone` (one or a list),
// `member_email`, `support_tier` ("standard", "extended-8h", "extended-4h", "extended-2h"),
// `caretaker`.
class MemberDirectory
{
    Q_DECLARE_TR_FUNCTIONS(MemberDirectory)
public:
    void clear() { m_members.clear(); }
    void upsert(const Member &member);
    const QVector<Member> &members() const { return m_members; }
    const Member *byId(const QString &id) const;

    // Members from host vars (replaces earlier ones from Icinga, keeps imported fields).
    void mergeHostVars(const QHash<QString, MonitoredObject> &objects);

    // CSV with a header line: id,name,phones,email,tier,objects,caretaker (phones and objects
    // separated by ';'), or JSON: an array of objects with those keys (phones/objects as arrays).
    // Returns how many were read; *error says what was wrong (line and field), then nothing is
    // imported.
    int importCsv(const QByteArray &data, QString *error);
    int importJson(const QByteArray &data, QString *error);

    // "+49 (30) 123-45", "0049 30 12345", "030 12345" -> "+493012345" with a default country
    // code; empty for text without digits.
    static QString normalizedPhone(const QString &number, const QString &countryCode = QStringLiteral("49"));
    const Member *byPhone(const QString &number) const;
    // Name (or id, or e-mail) containing every word of the query, case- and accent-insensitive.
    QVector<const Member *> search(const QString &query, int limit = 20) const;

    // The members whose objects lie in the subtree of `rootKey` (their VM, their service, or
    // the whole host).
    QVector<const Member *> affectedBy(const QString &rootKey, const Topology &topology) const;

private:
    QVector<Member> m_members;
};

} // namespace ocd
