#pragma once

#include <QIODevice>
#include <functional>

namespace rd {

// A sequential device that makes its bytes as they are read, like a pipe from a program that
// writes without end: `chunk(n)` gives the n-th piece, or an empty array at the end. It counts
// how much was read, so that tests can see a reader keep only a little ahead.
class GeneratedDevice : public QIODevice
{
public:
    explicit GeneratedDevice(std::function<QByteArray(qint64)> chunk);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 handedOut() const { return m_handedOut; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::function<QByteArray(qint64)> m_chunk;
    QByteArray m_pending;
    qint64 m_next = 0;
    qint64 m_handedOut = 0;
    bool m_ended = false;
};

} // namespace rd
