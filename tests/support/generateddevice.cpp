#include "generateddevice.h"

#include <cstring>

namespace rd {

GeneratedDevice::GeneratedDevice(std::function<QByteArray(qint64)> chunk)
    : m_chunk(std::move(chunk))
{
    open(QIODevice::ReadOnly);
}

qint64 GeneratedDevice::bytesAvailable() const
{
    return m_pending.size() + QIODevice::bytesAvailable() + (m_ended ? 0 : 1);
}

qint64 GeneratedDevice::readData(char *data, qint64 maxSize)
{
    while (m_pending.size() < maxSize && !m_ended) {
        const QByteArray more = m_chunk(m_next++);
        if (more.isEmpty())
            m_ended = true;
        m_pending += more;
    }
    const qint64 count = qMin<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, count);
    m_handedOut += count;
    return count;
}

} // namespace rd
