#include "SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "oncalldesk.profiles.secrets", QtInfoMsg)

namespace ocd {

namespace {

// QtKeychain's and libsecret's details come without a full stop.
QString asSentence(const QString &detail)
{
    QString s = detail.trimmed();
    if (s.isEmpty())
        return SecretStore::tr("no details.");
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('!')) && !s.endsWith(QLatin1Char('?')))
        s += QLatin1Char('.');
    return s;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : SecretStore(defaultService(), parent)
{}

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{}

void SecretStore::readPassword(const QString &profileId, Callback done)
{
    start(Operation::Read, profileId, {}, std::move(done));
}

void SecretStore::writePassword(const QString &profileId, const QString &password, Callback done)
{
    start(Operation::Write, profileId, password, std::move(done));
}

SecretResult SecretStore::readPasswordNow(const QString &profileId, int timeoutMs)
{
    return waitFor(Operation::Read, profileId, {}, timeoutMs);
}

SecretResult SecretStore::writePasswordNow(const QString &profileId, const QString &password, int timeoutMs)
{
    return waitFor(Operation::Write, profileId, password, timeoutMs);
}

SecretResult SecretStore::waitFor(Operation op, const QString &profileId, const QString &password,
                                  int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    SecretResult result;
    start(op, profileId, password, [&](const SecretResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done) {
        result = SecretResult{};
        result.message = tr("The keyring did not answer.");
    }
    return result;
}

void SecretStore::deletePassword(const QString &profileId, Callback done)
{
    start(Operation::Delete, profileId, {}, std::move(done));
}

void SecretStore::start(Operation op, const QString &profileId, const QString &password, Callback done)
{
    if (profileId.isEmpty()) {
        SecretResult r;
        r.message = tr("The connection has no id, so its password cannot be looked up.");
        QTimer::singleShot(0, this, [done, r] {
            if (done)
                done(r);
        });
        return;
    }

    // The job has no parent: QtKeychain's backends call back into the job when the keyring
    // answers, so it must outlive a store destroyed meanwhile. It deletes itself when done.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(password);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    ++m_pending;

    connect(job, &QKeychain::Job::finished, this, [this, op, profileId, done](QKeychain::Job *j) {
        --m_pending;
        SecretResult r;
        const QKeychain::Error error = j->error();
        if (error == QKeychain::NoError) {
            r.status = SecretResult::Status::Ok;
            if (op == Operation::Read)
                r.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        } else if (error == QKeychain::EntryNotFound) {
            r.status = op == Operation::Delete ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
            if (op == Operation::Read)
                r.message = tr("No password is stored in the keyring for this connection.");
        } else {
            const QString detail = asSentence(j->errorString());
            switch (error) {
            case QKeychain::AccessDeniedByUser:
                r.message = tr("Access to the keyring was denied.");
                break;
            case QKeychain::CouldNotDeleteEntry:
                r.message = tr("The password could not be removed from the keyring: %1").arg(detail);
                break;
            case QKeychain::AccessDenied:
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
            default:
                r.message = tr("The keyring is locked or not available: %1").arg(detail);
                break;
            }
            if (op == Operation::Write)
                r.message += QLatin1Char(' ') + tr("The password was not saved.");
        }
        // Never the password itself: only what happened to which profile.
        const char *what = op == Operation::Read ? "read" : op == Operation::Write ? "write" : "delete";
        if (r.status == SecretResult::Status::Failed) {
            qCWarning(lcSecrets).noquote()
                << what << "of the password for profile" << profileId << "failed:" << r.message;
            emit failed(profileId, r.message);
        } else {
            qCDebug(lcSecrets).noquote() << what << "of the password for profile" << profileId << "->"
                                         << (r.ok() ? "ok" : "not found");
        }
        if (done)
            done(r);
    });
    job->start(); // queued by QtKeychain: finished never comes before this call returns
}

} // namespace ocd
