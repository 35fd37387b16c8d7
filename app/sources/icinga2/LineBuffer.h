#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace ocd {

// Splits a byte stream into newline-terminated lines with a hard length bound, so a server
// that never sends a newline cannot make the client buffer without limit. An oversize line
// is dropped up to its newline and counted.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype maxLineBytes) : m_max(maxLineBytes) {}

    // Appends data and returns the complete lines it finished (without the newline).
    QByteArrayList append(const QByteArray &data);
    void clear();
    qsizetype buffered() const { return m_partial.size(); }
    int oversizeLines() const { return m_oversize; }

private:
    qsizetype m_max;
    QByteArray m_partial;
    bool m_discarding = false;
    int m_oversize = 0;
};

} // namespace ocd
