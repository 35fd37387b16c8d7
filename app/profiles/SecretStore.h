#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ocd {

struct SecretResult
{
    enum class Status {
        Ok,       // done; for a read, password holds the secret
        NotFound, // read: nothing stored for this profile (delete treats that as Ok)
        Failed    // the keyring refused or is not there: see message
    };
    Status status = Status::Failed;
    QString password; // read only; never logged
    QString message;  // NotFound/Failed: a plain translated sentence

    bool ok() const { return status == Status::Ok; }
};

// Passwords in the OS keyring (Secret Service, KWallet, …) through QtKeychain: service
// "oncall-desk", key = the profile's id. Everything is asynchronous; the callback runs on the
// thread of the store through the event loop, never inside the call, and not at all when the
// store was destroyed first. Passwords are never logged, never written to a file (QtKeychain's
// insecure plain-text fallback stays off).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &result)>;

    explicit SecretStore(QObject *parent = nullptr);
    // Tests use a service of their own; the application keeps the default.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("oncall-desk"); }
    QString service() const { return m_service; }

    void readPassword(const QString &profileId, Callback done);
    void writePassword(const QString &profileId, const QString &password, Callback done = {});
    // Deleting a password that is not stored is not an error.
    void deletePassword(const QString &profileId, Callback done = {});

    // Start-up and the command line only: the same, but waiting (in a local event loop) at most
    // timeoutMs; a keyring that does not answer gives Failed with a sentence.
    SecretResult readPasswordNow(const QString &profileId, int timeoutMs);
    SecretResult writePasswordNow(const QString &profileId, const QString &password, int timeoutMs);

    int pendingJobs() const { return m_pending; }

signals:
    // Every failure (not NotFound) also comes here, e.g. for the status bar.
    void failed(const QString &profileId, const QString &message);

private:
    enum class Operation { Read, Write, Delete };
    void start(Operation op, const QString &profileId, const QString &password, Callback done);
    SecretResult waitFor(Operation op, const QString &profileId, const QString &password, int timeoutMs);

    QString m_service;
    int m_pending = 0;
};

} // namespace ocd
