#include "LineBuffer.h"

namespace ocd {

QByteArrayList LineBuffer::append(const QByteArray &data)
{
    QByteArrayList lines;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl;
        if (!m_discarding) {
            if (m_partial.size() + (end - pos) > m_max) {
                m_partial.clear();
                m_discarding = true;
                ++m_oversize;
            } else {
                m_partial.append(data.constData() + pos, end - pos);
            }
        }
        if (nl < 0)
            break;
        if (!m_discarding && !m_partial.trimmed().isEmpty())
            lines.append(m_partial);
        m_partial.clear();
        m_discarding = false;
        pos = nl + 1;
    }
    return lines;
}

void LineBuffer::clear()
{
    m_partial.clear();
    m_discarding = false;
}

} // namespace ocd
