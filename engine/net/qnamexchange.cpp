#include "qnamexchange.h"

#include "core/monoclock.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {

// What Qt buffers for us between two reads: a fast server waits for us, not our memory.
constexpr qint64 kReadBufferBytes = 1 << 20;

} // namespace

QnamExchange::QnamExchange(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &body,
                           QObject *parent)
    : HttpExchange(parent)
    , m_reply(manager->post(request, body))
{
    m_reply->setParent(this);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_sentNs = MonoClock::nowNs();
        Q_EMIT requestSent();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_headNs = MonoClock::nowNs();
        if (hasAnswerHead())
            Q_EMIT headersReceived();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_readyNs = MonoClock::nowNs(); // first, before anything reads the bytes
        Q_EMIT readyRead();
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::finished);
}

QnamExchange::~QnamExchange()
{
    abort();
}

bool QnamExchange::isFinished() const
{
    return !m_reply || m_reply->isFinished();
}

void QnamExchange::abort()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    // A reply that has not ended (error, [DONE] without close, timeout) is dropped now.
    if (!m_reply->isFinished())
        m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

bool QnamExchange::hasAnswerHead() const
{
    if (!m_reply)
        return false;
    const QVariant code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A redirect Qt follows is not the answer: its headers are not the answer's.
    return code.isValid() && !(code.toInt() >= 300 && code.toInt() < 400 && m_reply->hasRawHeader("Location"));
}

int QnamExchange::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QByteArray QnamExchange::rawHeader(const QByteArray &name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

QUrl QnamExchange::location() const
{
    return m_reply ? m_reply->url().resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl()) : QUrl();
}

QUrl QnamExchange::url() const
{
    return m_reply ? m_reply->url() : QUrl();
}

QUrl QnamExchange::originalUrl() const
{
    return m_reply ? m_reply->request().url() : QUrl();
}

qint64 QnamExchange::bytesAvailable() const
{
    return m_reply ? m_reply->bytesAvailable() : 0;
}

HttpExchange::Read QnamExchange::read(qint64 maxBytes)
{
    return m_reply ? Read{m_reply->read(maxBytes), m_readyNs ? m_readyNs : MonoClock::nowNs()} : Read{};
}

QNetworkReply::NetworkError QnamExchange::error() const
{
    return m_reply ? m_reply->error() : QNetworkReply::OperationCanceledError;
}

QString QnamExchange::errorString() const
{
    return m_reply ? m_reply->errorString() : QString();
}
