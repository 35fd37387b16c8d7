#include "SqlIncidentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimeZone>
#include <QVersionNumber>

#include <algorithm>
#include <atomic>

namespace ocd {

namespace {

constexpr QLatin1String kChannel("oncall_desk");
constexpr QLatin1String kBuiltinMigrations(":/storage/migrations");
// pg_advisory_xact_lock key for schema upgrades ("oncall" in ASCII): two desks starting on an
// empty team database must not both run migration 1.
constexpr qint64 kMigrationLockKey = 0x6f6e63616c6cLL;
constexpr int kOnlineSeconds = 60;
constexpr int kReconnectIntervalMs = 2000;
constexpr int kBusyTimeoutMs = 5000;
constexpr int kConnectTimeoutSeconds = 5;
// UPSERT (3.24) and NULLS LAST (3.30).
const QVersionNumber kMinSqliteVersion(3, 30, 0);

QString errorText(const QSqlError &e)
{
    const QString t = e.databaseText().simplified();
    return t.isEmpty() ? e.driverText().simplified() : t;
}

// Times go to SQLite as fixed-width ISO text, so that text order is time order, and to
// PostgreSQL as the same text, which it converts into timestamptz.
QVariant timeParam(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Null QStrings would be bound as NULL, which the NOT NULL text columns refuse.
QString textParam(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// An empty reference is NULL, the "none" a foreign key column understands.
QVariant optionalTextParam(const QString &s)
{
    if (s.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return s;
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// A LIKE pattern that finds `text` literally anywhere (with ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Qt's SQLite driver runs only the first statement of a string, so migration files are split here:
// at ';' outside quotes, comments and PostgreSQL dollar quotes. (A SQLite trigger body, whose
// statements end in ';' too, would need more than this.)
QStringList splitStatements(const QString &sql)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]*\\$"));
    QStringList out;
    QString current;
    const auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out.append(s);
        current.clear();
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? n : end;
            current += u'\n';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
        } else if (c == u'\'' || c == u'"') {
            // A doubled quote inside a string ends one quoted run and starts the next: same text.
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'$' && (i == 0 || !(sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == u'_'))) {
            const QRegularExpressionMatch m = dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                current += c;
                continue;
            }
            const qsizetype end = sql.indexOf(m.captured(), i + m.capturedLength());
            const qsizetype stop = end < 0 ? n : end + m.capturedLength();
            current += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u';') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return out;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ocd-incidents-%1").arg(++counter);
}

} // namespace

SqlIncidentStore::SqlIncidentStore(const DatabaseSettings &settings, QObject *parent)
    : IncidentStore(parent), m_settings(settings), m_connectionName(nextConnectionName())
{
    const QString driver = isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (QSqlDatabase::isDriverAvailable(driver))
        m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
}

SqlIncidentStore::~SqlIncidentStore()
{
    close();
    const bool registered = m_db.isValid();
    // removeDatabase() warns while any handle to the connection is alive.
    m_db = QSqlDatabase();
    if (registered)
        QSqlDatabase::removeDatabase(m_connectionName);
}

int SqlIncidentStore::schemaVersion()
{
    static const int latest = [] {
        const QVector<Migration> steps = migrations(kBuiltinMigrations + QLatin1String("/sqlite"), nullptr);
        return steps.isEmpty() ? 0 : steps.last().version;
    }();
    return latest;
}

QString SqlIncidentStore::sqlitePath() const
{
    return m_settings.sqlitePath.isEmpty() ? DatabaseSettings::defaultSqlitePath() : m_settings.sqlitePath;
}

QString SqlIncidentStore::describeDatabase() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(sqlitePath());
    return QStringLiteral("%1@%2:%3").arg(m_settings.database, m_settings.host).arg(m_settings.port);
}

// --- connecting ------------------------------------------------------------------------------

bool SqlIncidentStore::open(QString *error)
{
    close();
    QString err;
    if (!connectDatabase(&err)) {
        m_lastError = err;
        if (error)
            *error = err;
        return false;
    }
    m_lastError.clear();
    return true;
}

void SqlIncidentStore::close()
{
    if (m_state == State::Open && isPostgres() && !m_deskId.isEmpty()) {
        // Best effort: without it colleagues see this desk online for up to a minute longer.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("WITH gone AS (DELETE FROM presence WHERE desk_id = ? RETURNING desk_id) "
                                 "SELECT pg_notify(?, 'presence:') FROM gone"));
        q.addBindValue(m_deskId);
        q.addBindValue(kChannel);
        q.exec();
    }
    dropConnection();
    m_state = State::Closed;
}

bool SqlIncidentStore::connectDatabase(QString *error)
{
    if (!(isPostgres() ? openPostgres(error) : openSqlite(error)) || !migrate(error)) {
        dropConnection();
        return false;
    }
    m_state = State::Open;
    return true;
}

void SqlIncidentStore::dropConnection()
{
    if (!m_db.isValid())
        return;
    if (isPostgres())
        disconnect(m_db.driver(), &QSqlDriver::notification, this, &SqlIncidentStore::onNotification);
    m_db.close();
}

bool SqlIncidentStore::openSqlite(QString *error)
{
    const QString path = sqlitePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo file(path);
    const QString dir = file.absolutePath();
    if (!QDir().mkpath(dir)) {
        *error =
            tr("Cannot create the folder %1 for the incident database.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (file.exists() && !file.isFile()) {
        *error = tr("The incident database %1 is not a file.").arg(shown);
        return false;
    }
    if (file.exists() && !file.isWritable()) {
        *error = tr("The incident database %1 is read-only; On-Call Desk needs to write to it.").arg(shown);
        return false;
    }
    if (!file.exists() && !QFileInfo(dir).isWritable()) {
        *error = tr("Cannot create the incident database %1: the folder is not writable.").arg(shown);
        return false;
    }
    if (!m_db.isValid()) {
        *error = tr("The SQLite driver of Qt (QSQLITE) is not installed.");
        return false;
    }
    m_db.setDatabaseName(path);
    // Another desk process on the same file holds the write lock only for one statement.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        *error = tr("Cannot open the incident database %1: %2").arg(shown, errorText(m_db.lastError()));
        return false;
    }

    QSqlQuery q(m_db);
    // The first statement that reads the file: anything that is not SQLite fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *error = tr("%1 is not an On-Call Desk database, or it is damaged (%2).")
                     .arg(shown, errorText(q.lastError()));
        return false;
    }
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next()) {
        const QString version = q.value(0).toString();
        if (QVersionNumber::fromString(version) < kMinSqliteVersion) {
            *error =
                tr("The SQLite library on this computer is too old (%1); On-Call Desk needs %2 or newer.")
                    .arg(version, kMinSqliteVersion.toString());
            return false;
        }
    }
    // WAL: readers (a second desk process, a backup) never block the writer, and a crash cannot
    // leave a half-written transaction behind.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString detail = q.lastError().isValid() ? errorText(q.lastError()) : q.value(0).toString();
        *error = tr("Cannot switch the incident database %1 to write-ahead logging (%2).").arg(shown, detail);
        return false;
    }
    // FULL: a commit reported to the user survives a power cut too, not only a crash of the desk.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            *error =
                tr("Cannot configure the incident database %1 (%2).").arg(shown, errorText(q.lastError()));
            return false;
        }
    }
    return true;
}

bool SqlIncidentStore::openPostgres(QString *error)
{
    if (!m_db.isValid()) {
        *error = tr("The PostgreSQL driver of Qt (package libqt6sql6-psql) is not installed.");
        return false;
    }
    static const QRegularExpression sslModeSyntax(QStringLiteral("^[a-z-]+$"));
    if (!m_settings.sslMode.isEmpty() && !sslModeSyntax.match(m_settings.sslMode).hasMatch()) {
        *error = tr("\"%1\" is not a valid SSL mode for the team database.").arg(m_settings.sslMode);
        return false;
    }
    m_db.setHostName(m_settings.host);
    m_db.setPort(m_settings.port);
    m_db.setDatabaseName(m_settings.database);
    m_db.setUserName(m_settings.user);
    m_db.setPassword(m_settings.password);
    // Keepalives: a server that vanished without closing the connection (network gone, power cut)
    // is noticed within about half a minute instead of after the kernel's two hours.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                        QStringLiteral("application_name=oncall-desk"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=15"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3")};
    if (!m_settings.sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + m_settings.sslMode);
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        *error = postgresConnectError(m_db.lastError());
        return false;
    }
    if (!m_db.driver()->subscribeToNotification(kChannel)) {
        *error = tr("Cannot subscribe to the change notifications of the team database %1 (%2).")
                     .arg(describeDatabase(), errorText(m_db.driver()->lastError()));
        return false;
    }
    connect(m_db.driver(), &QSqlDriver::notification, this, &SqlIncidentStore::onNotification,
            Qt::UniqueConnection);
    return true;
}

QString SqlIncidentStore::postgresConnectError(const QSqlError &err) const
{
    const QString detail = errorText(err);
    const QString host = m_settings.host.isEmpty() ? QStringLiteral("localhost") : m_settings.host;
    const QString server = QStringLiteral("%1:%2").arg(host).arg(m_settings.port);
    // libpq's text is the only detail Qt passes on, and it may be translated; a plain TCP connect
    // tells "not reachable" apart from everything else without depending on its wording.
    if (!m_settings.host.startsWith(u'/')) {
        QTcpSocket probe;
        probe.connectToHost(host, quint16(m_settings.port));
        if (!probe.waitForConnected(kConnectTimeoutSeconds * 1000)) {
            if (probe.error() == QAbstractSocket::HostNotFoundError)
                return tr("Cannot find the team database server %1 (%2).").arg(host, probe.errorString());
            return tr("Cannot reach the team database server %1 (%2). Is PostgreSQL running there, and does "
                      "the network let this computer through?")
                .arg(server, probe.errorString());
        }
    }
    if (detail.contains(QLatin1String("password authentication failed")) ||
        detail.contains(QLatin1String("no password supplied")) ||
        detail.contains(QLatin1String("SCRAM"), Qt::CaseInsensitive)) {
        return tr("The team database server %1 refused the password for user %2 (or there is no such user).")
            .arg(server, m_settings.user);
    }
    if (detail.contains(QStringLiteral("database \"%1\" does not exist").arg(m_settings.database)))
        return tr("There is no database %1 on the team database server %2.").arg(m_settings.database, server);
    if (detail.contains(QLatin1String("pg_hba.conf"))) {
        return tr("The team database server %1 does not let user %2 connect to database %3 from this "
                  "computer "
                  "(pg_hba.conf).")
            .arg(server, m_settings.user, m_settings.database);
    }
    return tr("Cannot connect to the team database %1 on %2: %3").arg(m_settings.database, server, detail);
}

bool SqlIncidentStore::ensureConnected()
{
    switch (m_state) {
    case State::Open:
        // libpq has already seen the server go (Qt's driver reads the socket for notifications):
        // reconnect now instead of failing one more statement first.
        if (isPostgres() && !m_db.isOpen()) {
            dropConnection();
            m_state = State::Lost;
            m_lastReconnectAttempt.invalidate();
            break;
        }
        return true;
    case State::Closed:
        m_lastError = tr("The incident database is not open.");
        return false;
    case State::Lost:
        break;
    }
    // Keeps a dead server from costing a connect timeout on every call; the lost-connection
    // message stays in lastError meanwhile.
    if (m_lastReconnectAttempt.isValid() && m_lastReconnectAttempt.elapsed() < kReconnectIntervalMs)
        return false;
    m_lastReconnectAttempt.start();
    QString err;
    if (!connectDatabase(&err)) {
        m_lastError = tr("The connection to the team database is lost and reconnecting failed: %1").arg(err);
        return false;
    }
    m_lastError.clear();
    // Queued: a slot that reloads everything must not run inside the call that reconnected.
    QMetaObject::invokeMethod(this, &SqlIncidentStore::reconnected, Qt::QueuedConnection);
    return true;
}

void SqlIncidentStore::fail(const QString &what, const QSqlError &err)
{
    const QString detail = errorText(err);
    // A single statement that failed in autocommit leaves no aborted transaction behind, so a
    // failing probe means the connection itself is gone.
    if (isPostgres() && m_state == State::Open &&
        (!m_db.isOpen() || !QSqlQuery(m_db).exec(QStringLiteral("SELECT 1")))) {
        dropConnection();
        m_state = State::Lost;
        m_lastReconnectAttempt.start();
        m_lastError =
            tr("%1: the connection to the team database %2 is lost (%3). The desk reconnects by itself.")
                .arg(what, describeDatabase(), detail);
        return;
    }
    if (!isPostgres() && err.nativeErrorCode() == QLatin1String("5")) { // SQLITE_BUSY
        m_lastError = tr("%1: the incident database is locked by another program (%2).").arg(what, detail);
        return;
    }
    m_lastError = tr("%1: %2").arg(what, detail);
}

// --- migrations ------------------------------------------------------------------------------

QVector<SqlIncidentStore::Migration> SqlIncidentStore::migrations(const QString &dir, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^(\\d+)_[A-Za-z0-9_]+\\.sql$"));
    QVector<Migration> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QRegularExpressionMatch m = name.match(f);
        if (!m.hasMatch()) {
            if (error)
                *error = tr("Unexpected file %1 among the database migrations.").arg(f);
            return {};
        }
        out.append({m.captured(1).toInt(), dir + u'/' + f});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < out.size(); ++i) {
        if (out.at(i).version != i + 1) {
            if (error)
                *error = tr("The database migrations in %1 are not numbered 1, 2, 3, ...").arg(dir);
            return {};
        }
    }
    if (out.isEmpty() && error)
        *error = tr("No database migrations found in %1.").arg(dir);
    return out;
}

QString SqlIncidentStore::migrationsDir() const
{
    const QString root = m_migrationsRoot.isEmpty() ? QString(kBuiltinMigrations) : m_migrationsRoot;
    return root + (isPostgres() ? QLatin1String("/postgres") : QLatin1String("/sqlite"));
}

bool SqlIncidentStore::migrate(QString *error)
{
    const QVector<Migration> steps = migrations(migrationsDir(), error);
    if (steps.isEmpty())
        return false;
    return isPostgres() ? migratePostgres(steps, steps.last().version, error)
                        : migrateSqlite(steps, steps.last().version, error);
}

bool SqlIncidentStore::migrateSqlite(const QVector<Migration> &steps, int latest, QString *error)
{
    const QString shown = QDir::toNativeSeparators(sqlitePath());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = tr("Cannot read the schema version of %1 (%2).").arg(shown, errorText(q.lastError()));
        return false;
    }
    const int current = q.value(0).toInt();
    if (current > latest) {
        *error =
            tr("The incident database %1 has schema version %2, which is newer than this version of "
               "On-Call Desk understands (up to %3). Update On-Call Desk, or choose another database file.")
                .arg(shown)
                .arg(current)
                .arg(latest);
        return false;
    }
    if (current == latest)
        return true;
    if (current == 0) {
        // Version 0 with tables is somebody else's database: migration 1 must not be mixed into it.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) || !q.next()) {
            *error = tr("Cannot read the tables of %1 (%2).").arg(shown, errorText(q.lastError()));
            return false;
        }
        if (q.value(0).toInt() > 0) {
            *error = tr("%1 is not an On-Call Desk database (it has tables but no schema version). Choose "
                        "another file.")
                         .arg(shown);
            return false;
        }
    }
    q.finish();

    QString backup;
    if (current > 0 && !backupSqlite(current, &backup, error))
        return false;
    for (const Migration &step : steps) {
        if (step.version > current && !runMigration(step, error)) {
            if (!backup.isEmpty())
                *error +=
                    u' ' +
                    tr("A copy from before the upgrade is in %1.").arg(QDir::toNativeSeparators(backup));
            return false;
        }
    }
    return true;
}

bool SqlIncidentStore::backupSqlite(int oldVersion, QString *backupPath, QString *error)
{
    const QString base = sqlitePath() + QStringLiteral(".backup-v%1").arg(oldVersion);
    // An earlier backup of the same version (an upgrade that failed, then an older program used
    // the file again) is kept: it may hold what the newer copy does not.
    QString target = base;
    for (int i = 2; QFileInfo::exists(target); ++i)
        target = base + QStringLiteral("-%1").arg(i);
    // VACUUM INTO writes a consistent snapshot, WAL content included, through SQLite itself: a
    // file copy could catch the database between a write and its checkpoint.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error =
            tr("Cannot back up the incident database to %1 before upgrading it (%2). Nothing was changed.")
                .arg(QDir::toNativeSeparators(target), errorText(q.lastError()));
        return false;
    }
    *backupPath = target;
    return true;
}

bool SqlIncidentStore::migratePostgres(const QVector<Migration> &steps, int latest, QString *error)
{
    QSqlQuery q(m_db);
    const auto abort = [&] {
        *error = tr("Cannot read the schema version of the team database %1 (%2).")
                     .arg(describeDatabase(), errorText(q.lastError()));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // schema_version belongs to the migration machinery, not to a migration: it must exist before
    // the first one can be recorded. to_regclass instead of IF NOT EXISTS, whose notice would be
    // printed on every start.
    if (!q.exec(QStringLiteral("BEGIN")) ||
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)) ||
        !q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return abort();
    if (q.value(0).toBool() &&
        (!q.exec(QStringLiteral("CREATE TABLE schema_version (version integer NOT NULL)")) ||
         !q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))))
        return abort();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !q.next())
        return abort();
    const int current = q.value(0).toInt();
    if (!q.exec(QStringLiteral("COMMIT")))
        return abort();

    if (current > latest) {
        *error =
            tr("The team database %1 has schema version %2, which is newer than this version of On-Call Desk "
               "understands (up to %3). Update On-Call Desk on this computer.")
                .arg(describeDatabase())
                .arg(current)
                .arg(latest);
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version > current && !runMigration(step, error))
            return false;
    }
    return true;
}

bool SqlIncidentStore::runMigration(const Migration &step, QString *error)
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the database migration %1.").arg(step.path);
        return false;
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

    QSqlQuery q(m_db);
    const auto abort = [&](const QSqlError &err) {
        *error = tr("Cannot upgrade %1 to schema version %2 (%3). The database was left unchanged.")
                     .arg(describeDatabase())
                     .arg(step.version)
                     .arg(errorText(err));
        q.finish();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // IMMEDIATE: the write lock before reading the version, so two processes opening the same file
    // cannot both decide to run this step.
    if (!q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return abort(q.lastError());
    if (isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)) ||
            !q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !q.next())
            return abort(q.lastError());
    } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return abort(q.lastError());
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current >= step.version) // another desk was faster
        return q.exec(QStringLiteral("COMMIT")) || abort(q.lastError());

    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return abort(q.lastError());
    }
    // Both are part of the transaction (SQLite keeps user_version in the first page of the file).
    const QString record = isPostgres() ? QStringLiteral("UPDATE schema_version SET version = %1")
                                        : QStringLiteral("PRAGMA user_version = %1");
    if (!q.exec(record.arg(step.version)) || !q.exec(QStringLiteral("COMMIT")))
        return abort(q.lastError());
    return true;
}

// --- incidents and journal -------------------------------------------------------------------

QString SqlIncidentStore::timeColumn(const QString &column) const
{
    // Milliseconds since the epoch instead of timestamptz text, whose format depends on the
    // session's DateStyle and TimeZone and which Qt's driver parses only partly.
    if (isPostgres())
        return QStringLiteral("CAST(round(extract(epoch FROM %1) * 1000) AS bigint)").arg(column);
    return column;
}

QDateTime SqlIncidentStore::timeValue(const QVariant &v) const
{
    if (v.isNull())
        return {};
    if (isPostgres())
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

bool SqlIncidentStore::saveIncident(const Incident &incident)
{
    if (!ensureConnected())
        return false;
    const QString what = tr("Cannot save the incident \"%1\"").arg(incident.title);
    if (incident.id.isEmpty()) {
        m_lastError = tr("%1: it has no id.").arg(what);
        return false;
    }
    // Newer wins: a desk that saves a stale copy (it missed a colleague's change) does not
    // overwrite the newer one.
    QString upsert = QStringLiteral(
        "INSERT INTO incidents (id, root_key, title, state, assignee, alarm_keys, opened_at, "
        "acknowledged_at, "
        "recovered_at, resolved_at, updated_at, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET root_key = excluded.root_key, title = excluded.title, "
        "state = excluded.state, assignee = excluded.assignee, alarm_keys = excluded.alarm_keys, "
        "opened_at = excluded.opened_at, acknowledged_at = excluded.acknowledged_at, "
        "recovered_at = excluded.recovered_at, resolved_at = excluded.resolved_at, "
        "updated_at = excluded.updated_at, manual = excluded.manual "
        "WHERE incidents.updated_at IS NULL OR excluded.updated_at IS NULL "
        "OR excluded.updated_at >= incidents.updated_at");
    // One statement is one transaction; the NOTIFY in it is delivered only when it commits, and
    // only when the row really changed.
    if (isPostgres())
        upsert = QStringLiteral(
                     "WITH saved AS (%1 RETURNING id) SELECT pg_notify(?, 'incident:' || id) FROM saved")
                     .arg(upsert);

    QSqlQuery q(m_db);
    q.prepare(upsert);
    q.addBindValue(incident.id);
    q.addBindValue(textParam(incident.rootKey));
    q.addBindValue(textParam(incident.title));
    q.addBindValue(Incident::stateKey(incident.state));
    q.addBindValue(textParam(incident.assignee));
    q.addBindValue(jsonList(incident.alarmKeys));
    q.addBindValue(timeParam(incident.openedAt));
    q.addBindValue(timeParam(incident.acknowledgedAt));
    q.addBindValue(timeParam(incident.recoveredAt));
    q.addBindValue(timeParam(incident.resolvedAt));
    q.addBindValue(timeParam(incident.updatedAt));
    q.addBindValue(incident.manual);
    if (isPostgres())
        q.addBindValue(QString(kChannel));
    if (!q.exec()) {
        fail(what, q.lastError());
        return false;
    }
    const bool changed = isPostgres() ? q.next() : q.numRowsAffected() > 0;
    q.finish();
    if (changed)
        emit incidentChanged(incident.id);
    return true;
}

QVector<Incident> SqlIncidentStore::incidents() const
{
    auto *self = const_cast<SqlIncidentStore *>(this);
    QVector<Incident> out;
    if (!self->ensureConnected())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral(
                "SELECT id, root_key, title, state, assignee, alarm_keys, %1, %2, %3, %4, %5, manual "
                "FROM incidents ORDER BY opened_at DESC NULLS LAST, updated_at DESC NULLS LAST, id")
                .arg(timeColumn(QStringLiteral("opened_at")), timeColumn(QStringLiteral("acknowledged_at")),
                     timeColumn(QStringLiteral("recovered_at")), timeColumn(QStringLiteral("resolved_at")),
                     timeColumn(QStringLiteral("updated_at"))))) {
        self->fail(tr("Cannot read the incidents"), q.lastError());
        return out;
    }
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toString();
        i.rootKey = q.value(1).toString();
        i.title = q.value(2).toString();
        // A state a newer desk introduced reads as Open rather than hiding the incident.
        if (!Incident::stateFromKey(q.value(3).toString(), &i.state))
            i.state = Incident::State::Open;
        i.assignee = q.value(4).toString();
        const QJsonArray keys = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        for (const QJsonValue &k : keys)
            i.alarmKeys.append(k.toString());
        i.openedAt = timeValue(q.value(6));
        i.acknowledgedAt = timeValue(q.value(7));
        i.recoveredAt = timeValue(q.value(8));
        i.resolvedAt = timeValue(q.value(9));
        i.updatedAt = timeValue(q.value(10));
        i.manual = q.value(11).toBool();
        out.append(i);
    }
    return out;
}

bool SqlIncidentStore::addJournalEntry(JournalEntry *entry)
{
    if (!ensureConnected())
        return false;
    if (!entry->time.isValid())
        entry->time = QDateTime::currentDateTimeUtc();
    QString insert = QStringLiteral("INSERT INTO journal (incident_id, time, author, kind, text, object_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?)");
    if (isPostgres())
        insert = QStringLiteral("WITH added AS (%1 RETURNING id, incident_id) "
                                "SELECT id, pg_notify(?, 'journal:' || incident_id) FROM added")
                     .arg(insert);
    QSqlQuery q(m_db);
    q.prepare(insert);
    q.addBindValue(entry->incidentId);
    q.addBindValue(timeParam(entry->time));
    q.addBindValue(textParam(entry->author));
    q.addBindValue(JournalEntry::kindKey(entry->kind));
    q.addBindValue(textParam(entry->text));
    q.addBindValue(textParam(entry->objectKey));
    if (isPostgres())
        q.addBindValue(QString(kChannel));
    if (!q.exec()) {
        fail(tr("Cannot add to the journal of incident %1").arg(entry->incidentId), q.lastError());
        return false;
    }
    // SQLite: the connection's last rowid, set by this INSERT (nothing else runs in between).
    const QVariant id = isPostgres() ? (q.next() ? q.value(0) : QVariant()) : q.lastInsertId();
    q.finish();
    entry->id = id.toLongLong();
    emit journalChanged(entry->incidentId);
    return true;
}

QVector<JournalEntry> SqlIncidentStore::journal(const QString &incidentId) const
{
    auto *self = const_cast<SqlIncidentStore *>(this);
    QVector<JournalEntry> out;
    if (!self->ensureConnected())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, %1, author, kind, text, object_key FROM journal WHERE incident_id = ? "
                       "ORDER BY time, id")
            .arg(timeColumn(QStringLiteral("time"))));
    q.addBindValue(incidentId);
    if (!q.exec()) {
        self->fail(tr("Cannot read the journal of incident %1").arg(incidentId), q.lastError());
        return out;
    }
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.incidentId = incidentId;
        e.time = timeValue(q.value(1));
        e.author = q.value(2).toString();
        if (!JournalEntry::kindFromKey(q.value(3).toString(), &e.kind))
            e.kind = JournalEntry::Kind::Note;
        e.text = q.value(4).toString();
        e.objectKey = q.value(5).toString();
        out.append(e);
    }
    return out;
}

// --- presence --------------------------------------------------------------------------------

void SqlIncidentStore::heartbeat(const QString &user, const QString &deskId)
{
    if (!isPostgres()) {
        const bool wasOnline = !onlineUsers().isEmpty();
        const bool changed = user != m_localUser || !wasOnline;
        m_localUser = user;
        m_localSeenAt = QDateTime::currentDateTimeUtc();
        if (changed)
            emit presenceChanged();
        return;
    }
    m_deskId = deskId;
    if (!ensureConnected())
        return;
    // now(): the server's clock, so desks with skewed clocks agree on who is online.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "WITH seen AS (INSERT INTO presence (desk_id, user_name, seen_at) VALUES (?, ?, now()) "
        "ON CONFLICT (desk_id) DO UPDATE SET user_name = excluded.user_name, "
        "seen_at = excluded.seen_at RETURNING desk_id) "
        "SELECT pg_notify(?, 'presence:') FROM seen"));
    q.addBindValue(textParam(deskId));
    q.addBindValue(textParam(user));
    q.addBindValue(QString(kChannel));
    if (!q.exec()) {
        fail(tr("Cannot tell the team database that %1 is online").arg(user), q.lastError());
        return;
    }
    q.finish();
    emit presenceChanged();
}

QStringList SqlIncidentStore::onlineUsers() const
{
    if (!isPostgres()) {
        if (m_localUser.isEmpty() || !m_localSeenAt.isValid() ||
            m_localSeenAt.secsTo(QDateTime::currentDateTimeUtc()) >= kOnlineSeconds)
            return {};
        return {m_localUser};
    }
    auto *self = const_cast<SqlIncidentStore *>(this);
    QStringList out;
    if (!self->ensureConnected())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT DISTINCT user_name FROM presence WHERE seen_at > now() - interval '%1 seconds' "
                    "ORDER BY user_name")
                    .arg(kOnlineSeconds))) {
        self->fail(tr("Cannot read who is online"), q.lastError());
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// --- members and calls ------------------------------------------------------------------------

bool SqlIncidentStore::begin(QSqlQuery *q)
{
    // IMMEDIATE: the write lock now, so that a second writer on the file waits (busy timeout)
    // instead of failing halfway through.
    return q->exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

void SqlIncidentStore::rollback()
{
    // An aborted PostgreSQL transaction refuses every statement, fail()'s probe included.
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool SqlIncidentStore::replaceMembers(const QVector<Member> &members, const QString &source)
{
    if (!ensureConnected())
        return false;
    if (source.isEmpty()) {
        m_lastError = tr("Cannot store members without saying where they come from.");
        return false;
    }
    const QString what = tr("Cannot store the members from %1").arg(source);
    for (const Member &m : members) {
        if (m.id.isEmpty()) {
            m_lastError = tr("%1: the member \"%2\" has no id.").arg(what, m.name);
            return false;
        }
    }

    QSqlQuery q(m_db);
    const auto abort = [&](const QString &context) {
        const QSqlError err = q.lastError();
        q.finish();
        rollback();
        fail(context, err);
        return false;
    };
    if (!begin(&q))
        return abort(what);
    q.prepare(QStringLiteral("DELETE FROM members WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec())
        return abort(what);
    // A member another source holds is taken over: one row per id, as in MemberDirectory.
    q.prepare(QStringLiteral(
        "INSERT INTO members (id, name, phones, email, tier, objects, caretaker, source, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, phones = excluded.phones, "
        "email = excluded.email, tier = excluded.tier, objects = excluded.objects, "
        "caretaker = excluded.caretaker, source = excluded.source, updated_at = excluded.updated_at"));
    const QVariant now = timeParam(QDateTime::currentDateTimeUtc());
    for (const Member &m : members) {
        q.addBindValue(m.id);
        q.addBindValue(textParam(m.name));
        q.addBindValue(jsonList(m.phones));
        q.addBindValue(textParam(m.email));
        q.addBindValue(m.tier.isEmpty() ? QStringLiteral("standard") : m.tier);
        q.addBindValue(jsonList(m.objects));
        q.addBindValue(textParam(m.caretaker));
        q.addBindValue(source);
        q.addBindValue(now);
        if (!q.exec())
            return abort(tr("%1 (member %2)").arg(what, m.id));
    }
    if (isPostgres()) {
        // Delivered when (and only if) the transaction commits.
        q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        q.addBindValue(QString(kChannel));
        q.addBindValue(QStringLiteral("members:") + source);
        if (!q.exec())
            return abort(what);
    }
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT")))
        return abort(what);
    emit membersChanged();
    return true;
}

QVector<Member> SqlIncidentStore::members() const
{
    auto *self = const_cast<SqlIncidentStore *>(this);
    QVector<Member> out;
    if (!self->ensureConnected())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, phones, email, tier, objects, caretaker, source FROM members ORDER BY id"))) {
        self->fail(tr("Cannot read the members"), q.lastError());
        return out;
    }
    while (q.next()) {
        Member m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.phones = stringList(q.value(2));
        m.email = q.value(3).toString();
        m.tier = q.value(4).toString();
        m.objects = stringList(q.value(5));
        m.caretaker = q.value(6).toString();
        m.source = q.value(7).toString();
        out.append(m);
    }
    // Here rather than in SQL: SQLite and a PostgreSQL server with whatever collation would
    // each sort differently.
    std::stable_sort(out.begin(), out.end(), [](const Member &a, const Member &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return out;
}

bool SqlIncidentStore::saveCall(CallRecord *call)
{
    if (!ensureConnected())
        return false;
    if (!call->time.isValid())
        call->time = QDateTime::currentDateTimeUtc();
    const bool insert = call->id == 0;
    const QString what = insert ? tr("Cannot log the call") : tr("Cannot save call %1").arg(call->id);
    QString sql = insert
                      ? QStringLiteral("INSERT INTO calls (time, author, caller_number, member_id, channel, "
                                       "outgoing, topic, summary, incident_id, handed_to, status, "
                                       "follow_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      : QStringLiteral("UPDATE calls SET time = ?, author = ?, caller_number = ?, "
                                       "member_id = ?, channel = ?, outgoing = ?, topic = ?, summary = ?, "
                                       "incident_id = ?, handed_to = ?, status = ?, follow_up_due = ? "
                                       "WHERE id = ?");
    // One statement is one transaction; the NOTIFY in it is delivered when it commits.
    if (isPostgres())
        sql = QStringLiteral(
                  "WITH saved AS (%1 RETURNING id) SELECT id, pg_notify(?, 'call:' || id) FROM saved")
                  .arg(sql);

    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(timeParam(call->time));
    q.addBindValue(textParam(call->author));
    q.addBindValue(textParam(call->callerNumber));
    q.addBindValue(textParam(call->memberId));
    q.addBindValue(CallRecord::channelKey(call->channel));
    q.addBindValue(call->outgoing);
    q.addBindValue(textParam(call->topic));
    q.addBindValue(textParam(call->summary));
    q.addBindValue(optionalTextParam(call->incidentId));
    q.addBindValue(textParam(call->handedTo));
    q.addBindValue(CallRecord::statusKey(call->status));
    q.addBindValue(timeParam(call->followUpDue));
    if (!insert)
        q.addBindValue(call->id);
    if (isPostgres())
        q.addBindValue(QString(kChannel));
    if (!q.exec()) {
        fail(what, q.lastError());
        return false;
    }
    qint64 id = 0;
    if (isPostgres())
        id = q.next() ? q.value(0).toLongLong() : 0;
    else if (insert)
        id = q.lastInsertId().toLongLong(); // this connection's last rowid, set by this INSERT
    else
        id = q.numRowsAffected() > 0 ? call->id : 0;
    q.finish();
    if (id == 0) {
        m_lastError = tr("%1: there is no such call (any more).").arg(what);
        return false;
    }
    call->id = id;
    emit callsChanged(id);
    return true;
}

QVector<CallRecord> SqlIncidentStore::calls(const CallFilter &filter) const
{
    auto *self = const_cast<SqlIncidentStore *>(this);
    QVector<CallRecord> out;
    if (!self->ensureConnected())
        return out;

    QStringList where;
    QVariantList values;
    if (!filter.memberId.isEmpty()) {
        where << QStringLiteral("member_id = ?");
        values << filter.memberId;
    }
    if (!filter.incidentId.isEmpty()) {
        where << QStringLiteral("incident_id = ?");
        values << filter.incidentId;
    }
    // Days as the user sees them: midnight to midnight in the desk's time zone.
    if (filter.from.isValid()) {
        where << QStringLiteral("time >= ?");
        values << timeParam(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("time < ?");
        values << timeParam(filter.to.addDays(1).startOfDay());
    }
    // SQLite's LIKE folds only ASCII letters, and so does ILIKE on a server without a locale
    // (the default of initdb --no-locale): text with other letters is compared here instead.
    const QString text = filter.text.trimmed();
    const bool textInSql = isAscii(text);
    if (!text.isEmpty() && textInSql) {
        const QString like = isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        where << QStringLiteral("(topic %1 ? ESCAPE '\\' OR summary %1 ? ESCAPE '\\' OR caller_number %1 ? "
                                "ESCAPE '\\')")
                     .arg(like);
        const QString pattern = containsPattern(text);
        values << pattern << pattern << pattern;
    }
    QString sql = QStringLiteral("SELECT id, %1, author, caller_number, member_id, channel, outgoing, topic, "
                                 "summary, incident_id, handed_to, status, %2 FROM calls")
                      .arg(timeColumn(QStringLiteral("time")), timeColumn(QStringLiteral("follow_up_due")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY time DESC, id DESC");
    if (textInSql && filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        self->fail(tr("Cannot read the calls"), q.lastError());
        return out;
    }
    while (q.next()) {
        CallRecord c;
        c.id = q.value(0).toLongLong();
        c.time = timeValue(q.value(1));
        c.author = q.value(2).toString();
        c.callerNumber = q.value(3).toString();
        c.memberId = q.value(4).toString();
        // A channel or status a newer desk introduced reads as the default rather than hiding
        // the call.
        if (!CallRecord::channelFromKey(q.value(5).toString(), &c.channel))
            c.channel = CallRecord::Channel::Phone;
        c.outgoing = q.value(6).toBool();
        c.topic = q.value(7).toString();
        c.summary = q.value(8).toString();
        c.incidentId = q.value(9).toString();
        c.handedTo = q.value(10).toString();
        if (!CallRecord::statusFromKey(q.value(11).toString(), &c.status))
            c.status = CallRecord::Status::Open;
        c.followUpDue = timeValue(q.value(12));
        if (!textInSql && !c.topic.contains(text, Qt::CaseInsensitive) &&
            !c.summary.contains(text, Qt::CaseInsensitive) &&
            !c.callerNumber.contains(text, Qt::CaseInsensitive))
            continue;
        out.append(c);
        if (filter.limit > 0 && out.size() >= filter.limit)
            break;
    }
    return out;
}

void SqlIncidentStore::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                      const QVariant &payload)
{
    // This desk's own writes were signalled when they were made.
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    const QString p = payload.toString();
    const qsizetype colon = p.indexOf(u':');
    if (colon < 0)
        return;
    const QStringView kind = QStringView(p).left(colon);
    const QString id = p.mid(colon + 1);
    if (kind == u"incident")
        emit incidentChanged(id);
    else if (kind == u"journal")
        emit journalChanged(id);
    else if (kind == u"presence")
        emit presenceChanged();
    else if (kind == u"members")
        emit membersChanged();
    else if (kind == u"call")
        emit callsChanged(id.toLongLong());
}

} // namespace ocd
