#include "modellister.h"

#include "dialect.h"
#include "transporterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

#include <utility>

ModelLister::ModelLister(QNetworkAccessManager *manager, StreamTarget target, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_target(std::move(target))
{ }

void ModelLister::start()
{
    QNetworkRequest req = m_target.request(QStringLiteral("/models"));
    req.setRawHeader("Content-Type", QByteArray()); // a GET has no body
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(int(m_target.timeouts.totalS * 1000));
    m_reply = m_manager->get(req);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(1 << 20); // Qt's HTTP thread holds at most this much ahead of us
    connect(m_reply, &QNetworkReply::readyRead, this, &ModelLister::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ModelLister::onFinished);
}

void ModelLister::onReadyRead()
{
    // Read as it comes, within the cap: an endless listing is cut, never kept whole.
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_target.limits.maxListingBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort(); // finished() follows
    }
}

void ModelLister::onFinished()
{
    onReadyRead();
    const QByteArray body = std::exchange(m_body, {});
    const int http = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_target.baseUrl.host();
    if (m_tooLarge) {
        Q_EMIT finished(
            {},
            tr("the model list from %1 is larger than %2 MiB").arg(host).arg(m_target.limits.maxListingBytes >> 20));
        return;
    }
    if (http >= 400) {
        const QString key = m_target.keyProblem(http);
        const QString what = !key.isEmpty() ? key : tr("HTTP %1 from %2").arg(http).arg(host);
        Q_EMIT finished({}, tr("%1: %2").arg(what, m_target.dialect->errorMessageFromBody(body)));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        const auto transport = TransportError::of(m_reply->error(), m_target.baseUrl,
                                                  m_reply->header(QNetworkRequest::LocationHeader).toUrl(),
                                                  m_reply->errorString());
        Q_EMIT finished({},
                        transport ? transport->message
                                  : tr("could not reach %1: %2").arg(host, m_reply->errorString()));
        return;
    }
    // {"data": [{"id": ...}]} (OpenAI, Anthropic, vLLM, llama.cpp) or {"models": [{"name"|"id": ...}]}.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray list = o.contains(QStringLiteral("data")) ? o.value(QStringLiteral("data")).toArray()
                                                               : o.value(QStringLiteral("models")).toArray();
    QStringList ids;
    QSet<QString> seen; // linear, whatever the listing's size
    for (const QJsonValue &v : list) {
        const QJsonObject m = v.toObject();
        const QString id = m.value(QStringLiteral("id")).toString(m.value(QStringLiteral("name")).toString());
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        Q_EMIT finished({}, tr("%1 listed no models at %2").arg(host, m_reply->url().toDisplayString()));
        return;
    }
    ids.sort(Qt::CaseInsensitive);
    Q_EMIT finished(ids, QString());
}
