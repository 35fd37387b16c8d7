#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The desktop started by tests/lab/desktop-lab.sh. Its DISPLAY and session bus must be in the
// environment before Qt connects to X and D-Bus, so call this first thing in main().
inline void loadLabDesktopEnvironment()
{
    QFile env(qEnvironmentVariable("DESKTOP_LAB_DIR") + QStringLiteral("/desktop.env"));
    if (env.open(QIODevice::ReadOnly))
        for (const QByteArray &line : env.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0)
                qputenv(line.left(eq).constData(), line.mid(eq + 1));
    qputenv("QT_QPA_PLATFORM", "xcb");
}

// The contents of a file the desktop lab writes (notifications.log, menu-offered.log, …).
inline QString readLabDesktopFile(const QString &name)
{
    QFile f(qEnvironmentVariable("DESKTOP_LAB_DIR") + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
