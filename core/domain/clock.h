#pragma once

#include <QDateTime>

namespace rd {

// The only source of "now" in core: rules take an instant, objects that need the time get a
// Clock. Instants are always UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// The real clock moved to start at a given instant: demos and screenshots of a fixed day that
// still tick.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const QDateTime &start);
    QDateTime now() const override;

private:
    SystemClock m_system;
    qint64 m_offsetMs;
};

// A clock that stands still until it is told to move: for tests, replays and the command
// line's --now.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    QDateTime now() const override;
    void setNow(const QDateTime &instant);
    void advance(qint64 milliseconds);

private:
    QDateTime m_now;
};

} // namespace rd
