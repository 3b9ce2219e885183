#pragma once

#include "core/arrivalclock.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

// One HTTP request and its answer, whichever transport carries it: the
// engine's own HTTP/1.1 transport (SocketExchange) or Qt's
// QNetworkAccessManager (QnamExchange, for proxies and HTTP/2). Every read
// carries the time its bytes arrived, taken before anything parsed them.
class HttpExchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    struct Read
    {
        QByteArray bytes;
        qint64 atNs = 0; // MonoClock
    };

    using QObject::QObject;

    virtual bool isFinished() const = 0;
    // Drops the exchange (and its connection): no signal follows.
    virtual void abort() = 0;

    // The answer's head: false while only a followed redirect's has come.
    virtual bool hasAnswerHead() const = 0;
    virtual qint64 headArrivedNs() const = 0;                       // MonoClock, when the answer's head came
    virtual qint64 sentNs() const = 0;                              // MonoClock, when the request was written
    virtual int status() const = 0;                                 // 0 before the head
    virtual QByteArray rawHeader(const QByteArray &name) const = 0; // any case; empty if absent
    virtual int lastStatus() const = 0;                             // of the last response, a redirect's too
    virtual QUrl location() const = 0;                              // a redirect not followed, resolved
    virtual QUrl url() const = 0;                                   // where the answer came from
    virtual QUrl originalUrl() const = 0;

    // True when reads are timed on a thread of their own (the engine's
    // transport): whatever the engine thread does next delays no timestamp.
    virtual bool timesReadsElsewhere() const { return false; }
    // Who timed the reads so far (Unknown before the first): the worst of them.
    virtual ArrivalClock arrivalClock() const = 0;
    virtual qint64 bytesAvailable() const = 0;
    // Up to `maxBytes` of the body (de-chunked) and when they arrived.
    virtual Read read(qint64 maxBytes) = 0;

    // Why it ended, in Qt's terms (NoError: the answer ended as HTTP says).
    virtual QNetworkReply::NetworkError error() const = 0;
    virtual QString errorString() const = 0;

Q_SIGNALS:
    void requestSent();
    void headersReceived();
    void readyRead();
    void finished();
};
