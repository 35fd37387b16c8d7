#pragma once

// Reading the captured Icinga 2 answers in tests/unit/fixtures. The folder comes from the
// environment (set by CTest); run by hand, an executable falls back to the source folder it
// was built from (QtTest's QT_TESTCASE_SOURCEDIR), so it works from any working directory.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace ocd::test {

inline QString fixturesDir()
{
    const QString fromEnv = QString::fromLocal8Bit(qgetenv("ONCALL_DESK_FIXTURES"));
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef QT_TESTCASE_SOURCEDIR
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/fixtures");
#else
    return {};
#endif
}

// The file's bytes without the trailing newline, i.e. exactly one line of the event stream.
// An unreadable fixture fails the calling test through QTest::qFail and returns an empty array.
inline QByteArray readFixture(const QString &relativePath)
{
    const QString path = QDir(fixturesDir()).filePath(relativePath);
    QFile f(path);
    if (fixturesDir().isEmpty() || !f.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("cannot read fixture %1 (ONCALL_DESK_FIXTURES=%2)").arg(path, fixturesDir())),
            __FILE__, __LINE__);
        return {};
    }
    return f.readAll().trimmed();
}

} // namespace ocd::test
