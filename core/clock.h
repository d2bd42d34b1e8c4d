#pragma once

#include <QDateTime>

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
