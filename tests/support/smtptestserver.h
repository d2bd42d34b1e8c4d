#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace rd {

// A real SMTP server for a test: Debian's aiosmtpd (smtp_server.py) on a loopback port, keeping
// what it accepts; read back with Python's e-mail parser (read_mail.py). Recipients starting with
// "reject" get 550, with "busy" 451.
class SmtpTestServer
{
public:
    SmtpTestServer();
    ~SmtpTestServer();

    // Starts it (on `port`, or a free one); false when it did not come up.
    bool start(int port = 0);
    void stop();
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }

    // Every message it accepted so far, oldest first: envelopeTo, from, to, subject, body,
    // messageId, date, contentType, charset (decoded as a mail reader decodes them).
    QJsonArray messages() const;

private:
    QTemporaryDir m_folder;
    QProcess m_process;
    int m_port = 0;
};

} // namespace rd
