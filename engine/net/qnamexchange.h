#pragma once

#include "httpexchange.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkRequest;

// An exchange carried by QNetworkAccessManager: through a region's proxy, or
// where the user asks for Qt's stack (HTTP/2 with servers that offer it). Its
// reads are timestamped when Qt's HTTP thread has handed them over.
class QnamExchange final : public HttpExchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QnamExchange)

public:
    QnamExchange(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &body,
                 QObject *parent = nullptr);
    ~QnamExchange() override;

    bool isFinished() const override;
    void abort() override;
    bool hasAnswerHead() const override;
    qint64 headArrivedNs() const override { return m_headNs; }
    qint64 sentNs() const override { return m_sentNs; }
    int status() const override;
    QByteArray rawHeader(const QByteArray &name) const override;
    int lastStatus() const override { return status(); }
    QUrl location() const override;
    QUrl url() const override;
    QUrl originalUrl() const override;
    qint64 bytesAvailable() const override;
    Read read(qint64 maxBytes) override;
    ArrivalClock arrivalClock() const override
    {
        return m_headNs > 0 ? ArrivalClock::EngineThread : ArrivalClock::Unknown;
    }
    QNetworkReply::NetworkError error() const override;
    QString errorString() const override;

private:
    QPointer<QNetworkReply> m_reply;
    qint64 m_readyNs = 0;
    qint64 m_headNs = 0;
    qint64 m_sentNs = 0;
};
