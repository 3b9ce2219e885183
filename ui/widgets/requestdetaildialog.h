#pragma once

#include <QDialog>

struct RequestRecord;

// Everything measured of one request: status and error, each figure with its
// token source, and its token-arrival timeline.
class RequestDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailDialog)

public:
    RequestDetailDialog(const RequestRecord &record, const QString &modelName, const QString &regionName,
                        double timeScale, QWidget *parent = nullptr);
};
