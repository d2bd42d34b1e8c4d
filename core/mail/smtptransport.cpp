#include "smtptransport.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <curl/curl.h>
#include <cstring>

namespace rd {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype chunk = qMin<qsizetype>(left, qsizetype(size * count));
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(chunk));
    upload->offset += chunk;
    return size_t(chunk);
}

// Keeps the server's last refusal ("550 5.1.1 <x@y>: no such user"): its words, not curl's.
int recordReply(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (line.startsWith('4') || line.startsWith('5'))
            *static_cast<QByteArray *>(userData) = line;
    }
    return 0;
}

// Failures of the server or of the settings, not of one message: the next would fail alike.
bool unreachable(CURLcode code)
{
    switch (code) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_LOGIN_DENIED:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return true;
    default:
        return false;
    }
}

} // namespace

struct SmtpTransport::Handle
{
    CURL *curl = nullptr;
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

SmtpTransport::SmtpTransport(MailSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_handle(std::make_unique<Handle>())
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (initialised)
        m_handle->curl = curl_easy_init();
}

SmtpTransport::~SmtpTransport() = default;

Delivery SmtpTransport::deliver(const MailMessage &message)
{
    Delivery delivery;
    CURL *curl = m_handle->curl;
    if (!curl) {
        delivery.words = QCoreApplication::translate("rd::SmtpTransport", "The mail library could not be started.");
        delivery.serverUnreachable = true;
        return delivery;
    }
    Upload upload{toMime(message)};
    QByteArray reply;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.serverUrl.trimmed().toUtf8();
    const QByteArray from = '<' + message.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + message.toAddress.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    // smtp:// upgrades when the server offers STARTTLS; smtps:// is TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, recordReply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &reply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds recordReply; curl prints nothing itself
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);

    if (code == CURLE_OK) {
        delivery.outcome = Delivery::Outcome::Delivered;
        return delivery;
    }
    const QString curlWords = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    delivery.words = reply.isEmpty() ? curlWords : QString::fromUtf8(reply);
    // The server's answer decides when there is one: 5xx refuses this message for good, 4xx asks
    // to try it later. A refused login (535) or a closing server (421) is no fault of the message.
    const bool serverAnswered = response >= 400 && response < 600 && response != 421 && response != 535;
    if (serverAnswered) {
        delivery.outcome = response >= 500 ? Delivery::Outcome::Rejected : Delivery::Outcome::TryLater;
    } else {
        delivery.outcome = Delivery::Outcome::TryLater;
        delivery.serverUnreachable = unreachable(code) || response == 421 || response == 535;
    }
    return delivery;
}

} // namespace rd
