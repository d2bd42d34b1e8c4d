// The programme side: Find a partner over a thousand business profiles, and the outbox sending
// a thousand alerts to a local SMTP server, each beside the same work done raw.
#include "operations.h"

#include "comparison.h"
#include "database.h"
#include "mailsettings.h"
#include "outboxsender.h"
#include "partnerfinder.h"
#include "profilestore.h"
#include "rawsqlite.h"
#include "referralstore.h"
#include "rfisubmission.h"
#include "samplerandom.h"
#include "samplereferrals.h"
#include "smtptransport.h"
#include "statementrecorder.h"
#include "taxonomy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <curl/curl.h>

namespace rd::bench {

namespace {

constexpr quint32 kSeed = 2026;
constexpr int kPartners = 100;
constexpr int kProfiles = 1000;
constexpr int kRfis = kProfiles / kMaxRfiProfiles; // each to five profiles: a thousand alerts
const QString kFrom = QStringLiteral("desk@programme.example");

struct Weighted
{
    QString value;
    int weight;
};

// The countries profiles do business in, about as the sample customers come from.
const QList<Weighted> kCountries = {{QStringLiteral("KR"), 60}, {QStringLiteral("US"), 16}, {QStringLiteral("GB"), 8},
                                    {QStringLiteral("CA"), 6},  {QStringLiteral("AU"), 6},  {QStringLiteral("SG"), 4}};

QString partnerId(int n)
{
    return QStringLiteral("partner-%1").arg(n, 3, 10, QLatin1Char('0'));
}

QStringList someIds(SampleRandom &random, TaxonomyKind kind, int low, int high)
{
    const QList<TaxonomyEntry> &all = Taxonomy::entries(kind);
    QStringList ids;
    for (int n = random.between(low, high); ids.size() < n;) {
        const QString id = random.pick(all).id;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

BusinessProfile sampleProfile(int n)
{
    SampleRandom random(kSeed, n);
    BusinessProfile profile;
    profile.id = QStringLiteral("profile-%1").arg(n, 4, 10, QLatin1Char('0'));
    profile.partnerId = partnerId(n % kPartners);
    profile.region = QStringLiteral("region %1").arg(n);
    const QString country = random.pickWeighted(kCountries).value;
    for (int i = random.between(1, 3); i > 0; --i)
        profile.locations.append(ProfileLocation{QStringLiteral("City %1").arg(random.below(50)), country});
    profile.contact = ProfileContact{QStringLiteral("Contact %1").arg(n), QStringLiteral("alerts-%1@%2.example").arg(n).arg(profile.partnerId),
                                     random.chance(60) ? QStringLiteral("ko") : QStringLiteral("en")};
    profile.description = QStringLiteral("Partner %1, region %2.").arg(profile.partnerId).arg(n);
    profile.industries = someIds(random, TaxonomyKind::Industry, 1, 3);
    profile.products = someIds(random, TaxonomyKind::Product, 1, 4);
    profile.services = someIds(random, TaxonomyKind::Service, 0, 2);
    if (random.chance(20))
        profile.excludedSizes = {random.pick(Taxonomy::entries(TaxonomyKind::CustomerSize)).id};
    return profile;
}

// The sample database with a programme: a hundred partners with ten profiles each, and its
// referrals theirs, real ones rather than samples, so that each partner has a history to weigh.
void makeProgramme(const QString &from, const QString &path)
{
    copyDatabase(from, path);
    {
        const std::unique_ptr<Database> database = openDatabase(path);
        ProfileStore store(*database);
        for (int n = 0; n < kPartners; ++n) {
            if (!store.setPartner({partnerId(n), QStringLiteral("Partner %1").arg(n)}).stored())
                qFatal("cannot store a partner: %s", qPrintable(store.lastError()));
        }
        QList<BusinessProfile> profiles;
        for (int n = 0; n < kProfiles; ++n)
            profiles.append(sampleProfile(n));
        bool stored = false;
        store.setProfiles(profiles, &stored);
        if (!stored)
            qFatal("cannot store the profiles: %s", qPrintable(store.lastError()));
    }
    // Raw: the benchmark's own set-up, not an operation of the program (Fit's summary, which
    // Find a partner does not read, is left as the samples made it).
    RawSqlite raw(path);
    raw.exec(QStringLiteral("UPDATE referrals SET sample = 0, partner_id = printf('partner-%03d', rowid % %1)").arg(kPartners));
}

// A customer's search as Find a partner gets it: the middle referral's country, size, first
// industry and first product.
PartnerSearch middleSearch(RawSqlite &raw)
{
    const QList<QVariantList> rows = raw.rows(QStringLiteral(
        "SELECT country, customer_size, requirements FROM referrals WHERE country = 'KR' ORDER BY id LIMIT 1 OFFSET "
        "(SELECT COUNT(*) / 2 FROM referrals WHERE country = 'KR')"));
    if (rows.isEmpty())
        qFatal("no Korean referral to search like");
    const QJsonObject requirements = QJsonDocument::fromJson(rows.first().at(2).toString().toUtf8()).object();
    PartnerSearch search;
    search.country = rows.first().at(0).toString();
    search.size = rows.first().at(1).toString();
    search.industries = QStringList{requirements.value(QStringLiteral("industries")).toArray().first().toString()};
    search.products = QStringList{requirements.value(QStringLiteral("products")).toArray().first().toString()};
    return search;
}

// Debian's aiosmtpd on a free loopback port, keeping each message as a file (the tests' server).
class SmtpServer
{
public:
    explicit SmtpServer(const QString &folder)
        : m_folder(folder)
    {
        QDir(folder).removeRecursively();
        m_process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(RD_BENCH_SMTP_SERVER), folder});
        if (!m_process.waitForReadyRead(20000))
            qFatal("the SMTP server did not start: %s", m_process.readAllStandardError().constData());
        m_port = m_process.readLine().trimmed().toInt();
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    // The messages it took so far: the envelope's sender and recipient, and the bytes as sent.
    struct Kept
    {
        QByteArray from;
        QByteArray to;
        QByteArray content;
    };
    QList<Kept> kept() const
    {
        QList<Kept> messages;
        const QDir dir(m_folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read a kept message");
            const QJsonObject envelope = QJsonDocument::fromJson(file.readLine()).object();
            messages.append({envelope.value(QStringLiteral("from")).toString().toUtf8(),
                             envelope.value(QStringLiteral("to")).toArray().first().toString().toUtf8(), file.readAll()});
        }
        return messages;
    }

private:
    QString m_folder;
    QProcess m_process;
    int m_port = 0;
};

// The same messages through libcurl directly, on one connection: the limit of an SMTP client.
class RawSmtp
{
public:
    explicit RawSmtp(const QString &url)
        : m_url(url.toUtf8())
        , m_curl(curl_easy_init())
    {
    }
    ~RawSmtp() { curl_easy_cleanup(m_curl); }

    void send(const SmtpServer::Kept &message)
    {
        struct Reading
        {
            const QByteArray *data;
            qsizetype at = 0;
        } reading{&message.content};
        const QByteArray from = '<' + message.from + '>';
        const QByteArray to = '<' + message.to + '>';
        curl_slist *recipients = curl_slist_append(nullptr, to.constData());
        curl_easy_reset(m_curl);
        curl_easy_setopt(m_curl, CURLOPT_URL, m_url.constData());
        curl_easy_setopt(m_curl, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(m_curl, CURLOPT_READDATA, &reading);
        curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, +[](char *buffer, size_t size, size_t count, void *user) -> size_t {
            auto *r = static_cast<Reading *>(user);
            const size_t n = std::min(size * count, size_t(r->data->size() - r->at));
            memcpy(buffer, r->data->constData() + r->at, n);
            r->at += qsizetype(n);
            return n;
        });
        curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.content.size()));
        const CURLcode code = curl_easy_perform(m_curl);
        curl_slist_free_all(recipients);
        if (code != CURLE_OK)
            qFatal("raw SMTP failed: %s", curl_easy_strerror(code));
    }

private:
    QByteArray m_url;
    CURL *m_curl;
};

// A thousand alerts in the outbox: two hundred RFIs, each to five Korean profiles.
void fillOutbox(const QString &path, const QDateTime &now)
{
    const std::unique_ptr<Database> database = openDatabase(path);
    ReferralStore store(*database);
    QStringList korean;
    for (const BusinessProfile &profile : ProfileStore(*database).activeProfilesIn(QStringLiteral("KR")))
        korean.append(profile.id);
    const QList<Referral> requests = sampleReferrals(kRfis, now, kSeed + 1);
    for (int i = 0; i < kRfis; ++i) {
        Referral request = requests.at(i);
        request.id.clear();
        request.status = Status::New;
        request.consentToContact = true;
        request.sample = false; // samples send nothing
        QStringList chosen;
        for (int k = 0; k < kMaxRfiProfiles; ++k)
            chosen.append(korean.at((i * kMaxRfiProfiles + k) % korean.size()));
        const RfiOutcome outcome = submitRfi(*database, store, request, chosen, now, QStringLiteral("programme"));
        if (outcome.result != RfiOutcome::Result::Submitted)
            qFatal("an RFI was not submitted: %s", qPrintable(outcome.message));
    }
}

} // namespace

QList<Measured> measureProgramme(const Setup &setup, const QString &path)
{
    QList<Measured> results;
    const QString programme = QDir(setup.work).filePath(QStringLiteral("programme-%1.sqlite").arg(setup.size));
    makeProgramme(path, programme);

    if (setup.measures(QStringLiteral("find"))) {
        const std::unique_ptr<Database> database = openDatabase(programme);
        RawSqlite raw(programme);
        const PartnerSearch search = middleSearch(raw);
        results.append(compare(setup, *database, raw, QStringLiteral("Find a partner over %1 profiles, best 20").arg(kProfiles),
                               QStringLiteral("find"), [&] {
                                   PartnerFinder finder(*database);
                                   const QList<FoundPartner> found = finder.find(search, setup.now, 20);
                                   if (!finder.lastError().isEmpty() || found.isEmpty())
                                       qFatal("Find a partner found nothing: %s", qPrintable(finder.lastError()));
                                   return int(found.size());
                               }));
    }

    if (setup.measures(QStringLiteral("outbox"))) {
        const QString filled = QDir(setup.work).filePath(QStringLiteral("outbox-%1.sqlite").arg(setup.size));
        const QString copy = QDir(setup.work).filePath(QStringLiteral("outbox-run.sqlite"));
        copyDatabase(programme, filled);
        fillOutbox(filled, setup.now);
        // Past the alerts' grace, if they have one.
        const QDateTime sendAt = setup.now.addSecs(3600);
        SmtpServer server(QDir(setup.work).filePath(QStringLiteral("smtp")));
        const MailSettings settings{server.url(), kFrom, {}};

        // Learnt once: the statements a round of sending runs, and the messages it sends.
        QStringList statements;
        int sent = 0;
        copyDatabase(filled, copy);
        {
            const std::unique_ptr<Database> database = openDatabase(copy);
            StatementRecorder recorder(sqliteHandle(*database));
            SmtpTransport transport(settings, {});
            sent = OutboxSender(*database, settings, transport).sendDue(sendAt).sent;
            statements = recorder.statements();
        }
        const QList<SmtpServer::Kept> messages = server.kept();
        if (sent != kProfiles || messages.size() != sent)
            qFatal("the outbox sent %d messages, the server kept %d", sent, int(messages.size()));

        std::unique_ptr<Database> database;
        std::unique_ptr<RawSqlite> raw;
        bool oursNext = true;
        const auto [ours, rawTiming] = sideBySide(
            setup.runs,
            [&] {
                SmtpTransport transport(settings, {});
                if (OutboxSender(*database, settings, transport).sendDue(sendAt).sent != sent)
                    qFatal("the outbox did not send every message");
            },
            [&] {
                replay(*raw, statements);
                RawSmtp smtp(server.url());
                for (const SmtpServer::Kept &message : messages)
                    smtp.send(message);
            },
            [&] {
                database.reset();
                raw.reset();
                copyDatabase(filled, copy);
                if (oursNext)
                    database = openDatabase(copy);
                else
                    raw = std::make_unique<RawSqlite>(copy);
                oursNext = !oursNext;
            });
        results.append({QStringLiteral("outbox sending %1 alerts to a local SMTP server").arg(sent), QStringLiteral("outbox"), ours, rawTiming,
                        sent, {}});
    }
    return results;
}

} // namespace rd::bench
