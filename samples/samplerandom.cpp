#include "samplerandom.h"

namespace rd {

namespace {

QRandomGenerator seeded(quint32 seed, int index)
{
    const quint32 seeds[] = {seed, quint32(index)};
    return QRandomGenerator(seeds);
}

} // namespace

SampleRandom::SampleRandom(quint32 seed, int index)
    : m_generator(seeded(seed, index))
{
}

QString SampleRandom::fill(const QString &pattern)
{
    static const QString ukLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    static const QString caLetters = QStringLiteral("ABCEGHJKLMNPRSTVWXYZ");
    QString text = pattern;
    for (QChar &c : text) {
        switch (c.unicode()) {
        case '?':
            c = QChar(u'0' + below(10));
            break;
        case '!':
            c = QChar(u'1' + below(9));
            break;
        case '@':
            c = ukLetters.at(below(int(ukLetters.size())));
            break;
        case '&':
            c = caLetters.at(below(int(caLetters.size())));
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace rd
