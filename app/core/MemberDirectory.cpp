#include "MemberDirectory.h"

#include "Topology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ocd {

namespace {

// "Müller" matches "muller" and "mueller" is left as typed: folding umlauts to the base letter
// is what people type on a phone keypad or a foreign keyboard.
QString folded(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    return out.replace(QChar(0x00DF), QStringLiteral("ss"));
}

QStringList listValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    const QString s = v.toString().trimmed();
    return s.isEmpty() ? QStringList() : QStringList{s};
}

// Splits one CSV line (RFC 4180 quotes, doubled quotes inside).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    fields << cur.trimmed();
    return fields;
}

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &part : s.split(QLatin1Char(';')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

void MemberDirectory::upsert(const Member &member)
{
    for (Member &m : m_members) {
        if (m.id == member.id) {
            m = member;
            return;
        }
    }
    m_members.append(member);
}

const Member *MemberDirectory::byId(const QString &id) const
{
    for (const Member &m : m_members)
        if (m.id == id)
            return &m;
    return nullptr;
}

void MemberDirectory::mergeHostVars(const QHash<QString, MonitoredObject> &objects)
{
    // Objects from Icinga are recomputed each time; imported fields stay.
    for (Member &m : m_members)
        if (m.source == QLatin1String("icinga"))
            m.objects.clear();
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const QVariantMap &vars = it->vars;
        QString id = vars.value(QStringLiteral("member")).toString().trimmed();
        const QString name = vars.value(QStringLiteral("member_name")).toString().trimmed();
        if (id.isEmpty())
            id = name;
        if (id.isEmpty())
            continue;
        Member *m = nullptr;
        for (Member &existing : m_members)
            if (existing.id == id)
                m = &existing;
        if (!m) {
            Member fresh;
            fresh.id = id;
            fresh.source = QStringLiteral("icinga");
            m_members.append(fresh);
            m = &m_members.last();
        }
        if (m->name.isEmpty())
            m->name = name.isEmpty() ? id : name;
        for (const QString &p : listValue(vars.value(QStringLiteral("member_phone"))))
            if (!m->phones.contains(p))
                m->phones << p;
        if (m->email.isEmpty())
            m->email = vars.value(QStringLiteral("member_email")).toString();
        const QString tier = vars.value(QStringLiteral("support_tier")).toString();
        if (!tier.isEmpty() && m->source == QLatin1String("icinga"))
            m->tier = tier;
        if (m->caretaker.isEmpty())
            m->caretaker = vars.value(QStringLiteral("caretaker")).toString();
        if (!m->objects.contains(it.key()))
            m->objects << it.key();
    }
}

int MemberDirectory::importCsv(const QByteArray &data, QString *error)
{
    QStringList lines = QString::fromUtf8(data).split(QRegularExpression(QStringLiteral("\r?\n")));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        *error = tr("The file is empty.");
        return 0;
    }
    const QStringList header = csvFields(lines.first().toLower());
    const int idCol = int(header.indexOf(QStringLiteral("id")));
    const int nameCol = int(header.indexOf(QStringLiteral("name")));
    if (idCol < 0 || nameCol < 0) {
        *error = tr("The first line must name the columns, at least id and name.");
        return 0;
    }
    auto col = [&](const QStringList &f, const char *key) {
        const int c = int(header.indexOf(QLatin1String(key)));
        return c >= 0 && c < f.size() ? f.at(c) : QString();
    };
    QVector<Member> read;
    for (int n = 1; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty())
            continue;
        const QStringList f = csvFields(lines.at(n));
        Member m;
        m.id = col(f, "id");
        m.name = col(f, "name");
        if (m.id.isEmpty() || m.name.isEmpty()) {
            *error = tr("Line %1: id and name must not be empty.").arg(n + 1);
            return 0;
        }
        m.phones = splitList(col(f, "phones"));
        m.email = col(f, "email");
        m.tier = col(f, "tier").isEmpty() ? QStringLiteral("standard") : col(f, "tier");
        m.objects = splitList(col(f, "objects"));
        m.caretaker = col(f, "caretaker");
        m.source = QStringLiteral("import");
        read << m;
    }
    for (const Member &m : std::as_const(read))
        upsert(m);
    return int(read.size());
}

int MemberDirectory::importJson(const QByteArray &data, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("Not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return 0;
    }
    if (!doc.isArray()) {
        *error = tr("Expected a JSON array of members.");
        return 0;
    }
    QVector<Member> read;
    int n = 0;
    for (const QJsonValue &v : doc.array()) {
        ++n;
        const QJsonObject o = v.toObject();
        Member m;
        m.id = o.value(QLatin1String("id")).toVariant().toString();
        m.name = o.value(QLatin1String("name")).toString();
        if (m.id.isEmpty() || m.name.isEmpty()) {
            *error = tr("Member %1: id and name must not be empty.").arg(n);
            return 0;
        }
        m.phones = listValue(o.value(QLatin1String("phones")).toVariant());
        m.email = o.value(QLatin1String("email")).toString();
        m.tier = o.value(QLatin1String("tier")).toString(QStringLiteral("standard"));
        m.objects = listValue(o.value(QLatin1String("objects")).toVariant());
        m.caretaker = o.value(QLatin1String("caretaker")).toString();
        m.source = QStringLiteral("import");
        read << m;
    }
    for (const Member &m : std::as_const(read))
        upsert(m);
    return int(read.size());
}

QString MemberDirectory::normalizedPhone(const QString &number, const QString &countryCode)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    const bool plus = number.trimmed().startsWith(QLatin1Char('+'));
    if (plus)
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        return QLatin1Char('+') + countryCode + digits.mid(1);
    return digits; // an extension or a short number: compared as it is
}

const Member *MemberDirectory::byPhone(const QString &number) const
{
    const QString wanted = normalizedPhone(number);
    if (wanted.isEmpty())
        return nullptr;
    for (const Member &m : m_members)
        for (const QString &p : m.phones)
            if (normalizedPhone(p) == wanted)
                return &m;
    return nullptr;
}

QVector<const Member *> MemberDirectory::search(const QString &query, int limit) const
{
    QVector<const Member *> out;
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return out;
    for (const Member &m : m_members) {
        const QString hay = folded(m.name + QLatin1Char(' ') + m.id + QLatin1Char(' ') + m.email);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return hay.contains(w); }))
            out << &m;
        if (out.size() >= limit)
            break;
    }
    return out;
}

QVector<const Member *> MemberDirectory::affectedBy(const QString &rootKey, const Topology &topology) const
{
    QVector<const Member *> out;
    for (const Member &m : m_members) {
        for (const QString &key : m.objects) {
            if (key == rootKey || topology.inSubtree(rootKey, key)) {
                out << &m;
                break;
            }
        }
    }
    return out;
}

} // namespace ocd
