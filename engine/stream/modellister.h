#pragma once

#include "streamtarget.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

// Asks an endpoint which models it serves (`GET {base}/models`, as OpenAI,
// Anthropic, vLLM, llama.cpp and Ollama answer it) so they can join the catalog.
class ModelLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelLister)

public:
    ModelLister(QNetworkAccessManager *manager, StreamTarget target, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // The model ids, sorted; or an error a user can act on.
    void finished(const QStringList &models, const QString &error);

private:
    void onReadyRead();
    void onFinished();

    QNetworkAccessManager *m_manager;
    StreamTarget m_target;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    bool m_tooLarge = false;
};
