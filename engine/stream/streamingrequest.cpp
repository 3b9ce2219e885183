#include "streamingrequest.h"

#include "core/monoclock.h"
#include "net/qnamexchange.h"
#include "net/sockettransport.h"
#include "transporterror.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace {

constexpr qsizetype kMaxBodyKept = 64 * 1024;
constexpr qint64 kReadSliceBytes = 256 * 1024;
// After [DONE], how long to wait for the server to end the response before
// dropping the connection; the measurement is complete either way.
constexpr int kCloseGraceMs = 2000;

qint64 secondsToNs(double s)
{
    return s > 0 ? qint64(s * 1e9) : 0;
}

} // namespace

StreamingRequest::StreamingRequest(QNetworkAccessManager *manager, StreamTarget target, ChatRequest request,
                                   QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_target(std::move(target))
    , m_request(std::move(request))
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &StreamingRequest::onWatchdog);
    m_timeline.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

StreamingRequest::StreamingRequest(SocketTransport *transport, StreamTarget target, ChatRequest request,
                                   QObject *parent)
    : StreamingRequest(static_cast<QNetworkAccessManager *>(nullptr), std::move(target), std::move(request), parent)
{
    m_transport = transport;
}

StreamingRequest::~StreamingRequest()
{
    dropExchange();
}

void StreamingRequest::dropExchange()
{
    if (!m_exchange)
        return;
    if (const ArrivalClock clock = m_exchange->arrivalClock(); clock != ArrivalClock::Unknown)
        m_timeline.arrivalClock = clock;
    m_exchange->disconnect(this);
    m_exchange->abort();
    m_exchange->deleteLater();
    m_exchange = nullptr;
}

QString StreamingRequest::hostName() const
{
    return m_target.baseUrl.host();
}

void StreamingRequest::start()
{
    QNetworkRequest req = m_target.request(m_target.dialect->path());
    req.setRawHeader("X-Request-Id", m_timeline.requestId);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(0); // our own watchdog knows which phase timed out
    const QByteArray body = m_target.dialect->requestBody(m_request);

    m_decoder.setMaxEventBytes(m_target.limits.maxEventBytes);

    m_timeline.sendMonoNs = MonoClock::nowNs();
    m_lastActivityNs = m_timeline.sendMonoNs;
    if (m_transport)
        m_exchange = m_transport->post(req, body, this);
    else
        m_exchange = new QnamExchange(m_manager, req, body, this);
    connect(m_exchange, &HttpExchange::requestSent, this, [this] {
        if (m_timeline.sentUs < 0)
            m_timeline.sentUs = MonoClock::offsetUs(m_timeline.sendMonoNs, m_exchange->sentNs());
    });
    connect(m_exchange, &HttpExchange::headersReceived, this, [this] { onHeaders(m_exchange->headArrivedNs()); });
    connect(m_exchange, &HttpExchange::readyRead, this, &StreamingRequest::onReadyRead);
    connect(m_exchange, &HttpExchange::finished, this, &StreamingRequest::onReplyFinished);
    armWatchdog();
}

void StreamingRequest::onHeaders(qint64 nowNs)
{
    if (m_headersSeen || !m_exchange || !m_exchange->hasAnswerHead())
        return;
    m_headersSeen = true;
    m_timeline.headersUs = MonoClock::offsetUs(m_timeline.sendMonoNs, nowNs);
    if (m_timeline.sentUs < 0)
        m_timeline.sentUs = m_timeline.headersUs;
    m_timeline.httpStatus = m_exchange->status();
    bool ok = false; // Retry-After in seconds; an HTTP date is left alone
    const int retryAfter = m_exchange->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0 && retryAfter <= 86400)
        m_timeline.retryAfterS = retryAfter;
    m_timeline.simulated = !m_exchange->rawHeader("X-Tokenmeter-Simulated").isEmpty();
    const QByteArray type = m_exchange->rawHeader("Content-Type").trimmed().toLower();
    m_eventStream = m_timeline.httpStatus < 400 && (type.isEmpty() || type.startsWith("text/event-stream"));
    armWatchdog(); // the idle limit applies from now on
}

void StreamingRequest::onReadyRead()
{
    if (!m_exchange || isFinished())
        return;
    // In slices, each counted before the next is taken: what one answer may
    // send is checked as it comes, never after a copy of all the transport holds.
    // Each carries the time it arrived, taken before anything parsed it: this is the measurement.
    while (m_exchange && !isFinished() && m_exchange->bytesAvailable() > 0) {
        const HttpExchange::Read read = m_exchange->read(kReadSliceBytes);
        onHeaders(read.atNs);
        m_lastActivityNs = qMax(m_lastActivityNs, read.atNs);
        m_timeline.bytes += read.bytes.size();
        if (m_sawDone || endsBeforeParsing(read.atNs))
            return;
        take(read.bytes, MonoClock::offsetUs(m_timeline.sendMonoNs, read.atNs));
    }
}

void StreamingRequest::take(const QByteArray &bytes, qint32 atUs)
{
    if (!m_eventStream) {
        if (m_body.size() < kMaxBodyKept)
            m_body.append(bytes.left(kMaxBodyKept - m_body.size()));
        return;
    }
    // Decoded once the reads that are due have been taken: reading stays
    // cheap, so a server that floods meets the size limit early; each chunk
    // keeps its arrival time. Reads timed on the transport's own thread are
    // decoded at once: nothing waits on this thread to be timed, and a trip
    // through the event loop per read would cost a wake-up each. (This may
    // finish the request inside the transport's hand-over: whoever listens to
    // finished() deletes it later, never at once.)
    m_pending.append(Chunk{bytes, atUs});
    if (m_exchange->timesReadsElsewhere() && !m_decodeQueued) {
        decodePending();
        return;
    }
    if (!std::exchange(m_decodeQueued, true))
        QMetaObject::invokeMethod(this, &StreamingRequest::decodePending, Qt::QueuedConnection);
}

void StreamingRequest::decodePending()
{
    m_decodeQueued = false;
    // A slice at a time, so that reads (and the size limit) come between slices.
    qint64 budget = kReadSliceBytes;
    while (!m_pending.isEmpty() && budget > 0 && !isFinished() && !m_sawDone) {
        const Chunk chunk = m_pending.takeFirst();
        budget -= chunk.bytes.size();
        const QList<SseEvent> events = m_decoder.feed(chunk.bytes);
        m_timeline.comments = m_decoder.commentCount();
        handleEvents(events, chunk.atUs);
        if (m_decoder.tooLarge() && !isFinished()) {
            finishWith(RequestStatus::TooLarge,
                       tr("%1 sent a line or event longer than %2 MiB")
                           .arg(hostName())
                           .arg(m_target.limits.maxEventBytes >> 20));
        }
    }
    if (!m_pending.isEmpty() && !isFinished() && !m_sawDone && !std::exchange(m_decodeQueued, true))
        QMetaObject::invokeMethod(this, &StreamingRequest::decodePending, Qt::QueuedConnection);
}

// A server that floods: the total timeout and the answer's size limit hold
// however fast the bytes come (the watchdog's timer may not get its turn).
bool StreamingRequest::endsBeforeParsing(qint64 nowNs)
{
    const double totalS = m_target.timeouts.totalS;
    if (totalS > 0 && nowNs - m_timeline.sendMonoNs >= secondsToNs(totalS)) {
        onWatchdog();
        return true;
    }
    if (m_timeline.bytes > m_target.limits.maxResponseBytes) {
        finishWith(
            RequestStatus::TooLarge,
            tr("%1 sent more than %2 MiB in one answer").arg(hostName()).arg(m_target.limits.maxResponseBytes >> 20));
        return true;
    }
    return false;
}

void StreamingRequest::handleEvents(const QList<SseEvent> &events, qint32 atUs)
{
    for (const SseEvent &event : events) {
        if (m_sawDone || isFinished())
            return;
        const StreamDelta d = m_target.dialect->parseEvent(event);
        ++m_timeline.events;
        if (d.completionTokens) // cumulative or final: the last one wins, never a sum
            m_timeline.usageCompletionTokens = d.completionTokens;
        if (d.promptTokens)
            m_timeline.usagePromptTokens = d.promptTokens;
        if (d.cachedPromptTokens)
            m_timeline.usageCachedTokens = d.cachedPromptTokens;
        if (!d.finishReason.isEmpty())
            m_timeline.finishReason = d.finishReason;
        if (d.carriesToken()) {
            if (m_timeline.tokenEventsUs.size() >= m_target.limits.maxTokenEvents) {
                finishWith(RequestStatus::TooLarge,
                           tr("%1 sent more than %2 token events in one answer")
                               .arg(hostName())
                               .arg(m_target.limits.maxTokenEvents));
                return;
            }
            m_timeline.tokenEventsUs.append(atUs);
            if (m_timeline.firstAnyUs < 0) {
                m_timeline.firstAnyUs = atUs;
                m_timeline.firstKind = !d.reasoning.isEmpty() ? TokenKind::Reasoning
                    : !d.toolCall.isEmpty()                   ? TokenKind::ToolCall
                                                              : TokenKind::Answer;
            }
            m_timeline.answer.add(d.content, atUs);
            m_timeline.reasoning.add(d.reasoning, atUs);
            m_timeline.tool.add(d.toolCall, atUs);
            if (m_timeline.firstContentUs < 0 && !d.content.isEmpty())
                m_timeline.firstContentUs = atUs;
            if (m_target.keepText
                && m_timeline.text.size() + m_timeline.reasoningText.size() < m_target.limits.maxTextChars) {
                m_timeline.text += d.content;
                m_timeline.reasoningText += d.reasoning;
            }
        }
        if (d.malformed) {
            finishWith(RequestStatus::Malformed,
                       tr("malformed event from %1 after %2 events (%3): %4")
                           .arg(hostName())
                           .arg(m_timeline.events - 1)
                           .arg(d.errorMessage, QString::fromUtf8(event.data.left(120))));
            return;
        }
        if (d.error) {
            finishWith(RequestStatus::StreamError,
                       tr("%1 reported an error inside the stream: %2").arg(hostName(), d.errorMessage));
            return;
        }
        if (d.done) {
            m_sawDone = true;
            m_timeline.endUs = atUs;
            // Wait briefly for the response to end so the connection can be reused.
            m_watchdog->start(kCloseGraceMs);
            return;
        }
    }
}

void StreamingRequest::onReplyFinished()
{
    if (isFinished())
        return;
    const qint64 nowNs = MonoClock::nowNs();
    onHeaders(nowNs);
    if (m_exchange && m_exchange->bytesAvailable() > 0)
        onReadyRead();
    while (!m_pending.isEmpty() && !isFinished() && !m_sawDone)
        decodePending(); // what arrived before the end
    if (isFinished())
        return;
    if (!m_sawDone)
        m_timeline.endUs = MonoClock::offsetUs(m_timeline.sendMonoNs, nowNs);
    finishFromReply();
}

void StreamingRequest::finishFromReply()
{
    const QNetworkReply::NetworkError netError = m_exchange ? m_exchange->error() : QNetworkReply::NoError;
    const int http = m_timeline.httpStatus;
    if (m_exchange && m_exchange->url() != m_exchange->originalUrl())
        m_timeline.finalUrl = m_exchange->url().toString(QUrl::RemoveUserInfo);
    if (const QString key = m_target.keyProblem(http); !key.isEmpty()) {
        // The first thing to fix, said first.
        finishWith(RequestStatus::HttpError,
                   tr("%1 (HTTP %2): %3").arg(key).arg(http).arg(m_target.dialect->errorMessageFromBody(m_body)));
        return;
    }
    if (http >= 400) {
        QString message
            = tr("HTTP %1 from %2: %3").arg(http).arg(hostName(), m_target.dialect->errorMessageFromBody(m_body));
        if (m_timeline.retryAfterS >= 0)
            message += tr(" (Retry-After: %1 s)").arg(m_timeline.retryAfterS);
        finishWith(RequestStatus::HttpError, message);
        return;
    }
    if (m_sawDone) {
        finishWith(RequestStatus::Ok, QString());
        return;
    }
    const QUrl location = m_exchange ? m_exchange->location() : QUrl();
    const QString detail = m_exchange ? m_exchange->errorString() : tr("no reply");
    if (const auto transport = TransportError::of(netError, m_target.baseUrl, location, detail)) {
        finishWith(transport->status, transport->message);
        return;
    }
    const int lastStatus = m_exchange ? m_exchange->lastStatus() : 0;
    if (netError != QNetworkReply::NoError && lastStatus >= 300 && lastStatus < 400) {
        // Qt gave up while following a redirect, without saying why.
        finishWith(RequestStatus::NetworkError,
                   tr("following a redirect from %1 (HTTP %2 to %3) failed: %4")
                       .arg(hostName())
                       .arg(lastStatus)
                       .arg(location.toString(QUrl::RemoveUserInfo), detail));
        return;
    }
    if (!m_headersSeen || (netError != QNetworkReply::NoError && m_timeline.events == 0 && !m_eventStream)) {
        // Accepted, then closed (or reset) before any answer.
        finishWith(RequestStatus::ConnectionReset,
                   tr("%1 closed the connection before answering: %2")
                       .arg(m_target.baseUrl.adjusted(QUrl::RemoveUserInfo).authority(), detail));
        return;
    }
    if (!m_eventStream) {
        finishNotSse();
        return;
    }
    if (!m_timeline.finishReason.isEmpty() && netError == QNetworkReply::NoError) {
        finishWith(RequestStatus::Ok, QString()); // closed after the last event, without [DONE]
        return;
    }
    QString why = netError != QNetworkReply::NoError ? detail : tr("the connection closed");
    if (m_decoder.hasPartialEvent())
        why += tr("; an unfinished event at the end was discarded");
    finishWith(RequestStatus::Truncated,
               tr("the stream from %1 ended without [DONE] or a finish_reason after %2 events (%3)")
                   .arg(hostName())
                   .arg(m_timeline.events)
                   .arg(why));
}

// An answer that is not an event stream: an error object, a whole completion, or something else.
void StreamingRequest::finishNotSse()
{
    const QString type = m_exchange ? QString::fromLatin1(m_exchange->rawHeader("Content-Type")) : QString();
    const QString message = m_target.dialect->errorMessageFromBody(m_body);
    if (m_body.contains("\"error\""))
        finishWith(RequestStatus::StreamError, tr("%1 answered with an error: %2").arg(hostName(), message));
    else if (m_body.contains("chat.completion"))
        finishWith(RequestStatus::NotSse,
                   tr("%1 answered without streaming (%2); the endpoint may not support \"stream\": true")
                       .arg(hostName(), type));
    else
        finishWith(RequestStatus::NotSse,
                   tr("%1 did not answer with an event stream (Content-Type %2): %3")
                       .arg(hostName(), type.isEmpty() ? tr("none") : type, message));
}

void StreamingRequest::finishWith(RequestStatus status, const QString &error)
{
    if (isFinished())
        return;
    m_timeline.status = status;
    m_timeline.error = error;
    m_pending.clear();
    if (m_timeline.endUs < 0)
        m_timeline.endUs = MonoClock::offsetUs(m_timeline.sendMonoNs, MonoClock::nowNs());
    m_watchdog->stop();
    dropExchange(); // one that has not ended (an error, [DONE] without close, a timeout) is dropped now
    Q_EMIT finished();
}

void StreamingRequest::cancel()
{
    finishWith(RequestStatus::Cancelled, tr("stopped with the run"));
}

void StreamingRequest::armWatchdog()
{
    const Timeouts &t = m_target.timeouts;
    const qint64 now = MonoClock::nowNs();
    qint64 next = std::numeric_limits<qint64>::max();
    auto consider = [&](double seconds, qint64 from, bool applies) {
        if (applies && seconds > 0)
            next = qMin(next, from + secondsToNs(seconds));
    };
    consider(t.totalS, m_timeline.sendMonoNs, true);
    consider(t.connectS, m_timeline.sendMonoNs, m_timeline.sentUs < 0 && !m_headersSeen);
    consider(t.firstTokenS, m_timeline.sendMonoNs, m_timeline.firstAnyUs < 0);
    consider(t.idleS, m_lastActivityNs, m_headersSeen);
    if (next == std::numeric_limits<qint64>::max())
        return;
    const qint64 waitMs = qMax<qint64>(1, (next - now + 999'999) / 1'000'000);
    m_watchdog->start(int(qMin<qint64>(waitMs, std::numeric_limits<int>::max())));
}

void StreamingRequest::onWatchdog()
{
    if (isFinished())
        return;
    if (m_sawDone) { // the server never ended the response after [DONE]: still a good measurement
        finishWith(RequestStatus::Ok, QString());
        return;
    }
    const Timeouts &t = m_target.timeouts;
    const qint64 now = MonoClock::nowNs();
    const qint64 sinceSend = now - m_timeline.sendMonoNs;
    if (t.totalS > 0 && sinceSend >= secondsToNs(t.totalS)) {
        finishWith(RequestStatus::TotalTimeout,
                   tr("%1 did not finish the answer within %2 s").arg(hostName()).arg(t.totalS));
    } else if (t.connectS > 0 && m_timeline.sentUs < 0 && !m_headersSeen && sinceSend >= secondsToNs(t.connectS)) {
        finishWith(RequestStatus::ConnectTimeout,
                   tr("could not connect to %1 and send the request within %2 s").arg(hostName()).arg(t.connectS));
    } else if (t.firstTokenS > 0 && m_timeline.firstAnyUs < 0 && sinceSend >= secondsToNs(t.firstTokenS)) {
        finishWith(RequestStatus::FirstTokenTimeout,
                   tr("no token from %1 within %2 s").arg(hostName()).arg(t.firstTokenS));
    } else if (t.idleS > 0 && m_headersSeen && now - m_lastActivityNs >= secondsToNs(t.idleS)) {
        finishWith(RequestStatus::IdleTimeout,
                   tr("%1 went silent for %2 s in the middle of the answer").arg(hostName()).arg(t.idleS));
    } else {
        armWatchdog();
    }
}
