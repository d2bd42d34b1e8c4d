#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <cmath>

namespace rd {

// The draws one sample referral is made of, from a generator seeded for that referral alone,
// so that the same seed and number give the same referral in a batch of any size. The
// referrals a seed gives depend on every draw in its order: changing which draws are made, or
// their order, changes every sample a seed made before.
class SampleRandom
{
public:
    SampleRandom(quint32 seed, int index);

    int below(int bound) { return m_generator.bounded(bound); }
    qint64 below(qint64 bound) { return m_generator.bounded(bound); }
    int between(int low, int high) { return m_generator.bounded(low, high + 1); } // both included
    qint64 duration(qint64 low, qint64 high) { return m_generator.bounded(low, high); }
    bool chance(int percent) { return below(100) < percent; }
    double uniform(double low, double high) { return low + m_generator.generateDouble() * (high - low); }
    double logUniform(double low, double high) { return std::exp(uniform(std::log(low), std::log(high))); }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // Items with a weight: each is picked in proportion to it.
    template<typename T>
    const T &pickWeighted(const QList<T> &items)
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = below(total);
        for (const T &item : items) {
            roll -= item.weight;
            if (roll < 0)
                return item;
        }
        return items.constLast();
    }

    // The pattern with its placeholders drawn: ? a digit, ! a digit from 1, @ a letter of a UK
    // inward code, & a letter of a Canadian postal code.
    QString fill(const QString &pattern);

private:
    QRandomGenerator m_generator;
};

} // namespace rd
