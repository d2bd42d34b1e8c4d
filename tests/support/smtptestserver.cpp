#include "smtptestserver.h"

#include <QJsonDocument>

namespace rd {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

} // namespace

SmtpTestServer::SmtpTestServer() = default;

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

bool SmtpTestServer::start(int port)
{
    QStringList arguments{QStringLiteral(SUPPORT_DIR "/smtp_server.py"), m_folder.path()};
    if (port > 0)
        arguments.append(QString::number(port));
    m_process.start(kPython, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    // The first line is the port, once the server listens.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(20000))
            return false;
    }
    m_port = m_process.readLine().trimmed().toInt();
    return m_port > 0;
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonArray SmtpTestServer::messages() const
{
    QProcess reader;
    reader.start(kPython, {QStringLiteral(SUPPORT_DIR "/read_mail.py"), m_folder.path()});
    reader.waitForFinished(30000);
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

} // namespace rd
