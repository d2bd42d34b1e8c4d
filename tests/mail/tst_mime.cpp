#include "mimemessage.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

// Decodes "=?UTF-8?B?...?=" words as RFC 2047 says: each on its own, whitespace between them dropped.
QString decodeWords(const QByteArray &encoded)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    QRegularExpressionMatchIterator it = word.globalMatch(QString::fromLatin1(encoded));
    while (it.hasNext()) {
        const QByteArray decoded = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        // A word never splits a character: each decodes to whole UTF-8 on its own.
        if (QString::fromUtf8(decoded).toUtf8() != decoded)
            return QStringLiteral("<a word split a character>");
        bytes += decoded;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

// MIME as the outbox writes it.
class TestMime : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeavePlainAsciiAlone()
    {
        QCOMPARE(encodedWords(QStringLiteral("New referral: Azure")), QByteArray("New referral: Azure"));
    }

    void shouldEncodeKoreanInWordsOfAtMost75Characters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("새 추천");
        QTest::newRow("long Korean") << QStringLiteral("새 추천: 서울 본사 전체 Microsoft 365 이전과 Azure 가상 데스크톱 도입 검토 요청입니다");
        QTest::newRow("emoji across a boundary") << QString(QStringLiteral("가")).repeated(14) + QStringLiteral("😀😀😀 끝");
        QTest::newRow("accented") << QStringLiteral("Café Müller");
    }

    void shouldEncodeKoreanInWordsOfAtMost75Characters()
    {
        QFETCH(QString, text);
        const QByteArray encoded = encodedWords(text);
        QCOMPARE(decodeWords(encoded), text);
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
            QVERIFY(line.trimmed().startsWith("=?UTF-8?B?"));
        }
    }

    void shouldDateInRfc5322()
    {
        QCOMPARE(mailDate(utc("2026-12-01T09:05:03Z")), QByteArray("Tue, 01 Dec 2026 09:05:03 +0000"));
        QCOMPARE(mailDate(utc("2027-01-10T23:59:59Z")), QByteArray("Sun, 10 Jan 2027 23:59:59 +0000"));
    }

    void shouldWriteHeadersAndABase64BodyWithCrlf()
    {
        const MailMessage message{QStringLiteral("Referral Desk"), QStringLiteral("desk@contoso.example"), QStringLiteral("김민지"),
                                  QStringLiteral("minji@contoso.example"), QStringLiteral("새 추천: Azure"),
                                  QStringLiteral("안녕하세요.\n\n두 줄째").repeated(20), QStringLiteral("outbox.7.x@contoso.example"),
                                  utc("2026-12-01T09:00:00Z")};
        const QByteArray mime = toMime(message);
        const qsizetype split = mime.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray headers = mime.left(split);
        QVERIFY(headers.contains("\r\nMessage-ID: <outbox.7.x@contoso.example>"));
        QVERIFY(headers.contains("\r\nFrom: \"Referral Desk\" <desk@contoso.example>"));
        QVERIFY(headers.contains("\r\nTo: =?UTF-8?B?"));
        QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(headers.contains("Content-Transfer-Encoding: base64"));
        QVERIFY(!mime.contains("\n\n") && !QByteArray(mime).replace("\r\n", "").contains('\n')); // CRLF only
        QByteArray body;
        for (const QByteArray &line : mime.mid(split + 4).split('\n')) {
            QVERIFY(line.size() <= 77);
            body += line.trimmed();
        }
        QString decoded = QString::fromUtf8(QByteArray::fromBase64(body));
        QCOMPARE(decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n")), message.body);
    }

    void shouldQuoteAnAsciiNameThatNeedsIt()
    {
        MailMessage message;
        message.toName = QStringLiteral("Kim, \"Dana\"");
        message.toAddress = QStringLiteral("dana@contoso.example");
        message.date = utc("2026-12-01T09:00:00Z");
        QVERIFY(toMime(message).contains("To: \"Kim, \\\"Dana\\\"\" <dana@contoso.example>\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
