#pragma once

#include <QWidget>

#include <memory>

class Dataset;
class QToolButton;

// Chooses a JSONL dataset of conversations for the run's prompts and reads it
// on a worker thread (a dataset may be 128 MB: the GUI thread never waits).
// Until it is read, dataset() is empty and a run says so.
class DatasetPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPicker)

public:
    explicit DatasetPicker(QWidget *parent = nullptr);

    // Reads `path` (empty: no dataset, the prompt is sent).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    bool isReading() const { return m_reading > 0; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void choose();
    void read(const QString &path);
    void update();

    QToolButton *m_button;
    QString m_path;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_error;
    int m_reading = 0;    // reads in flight
    quint64 m_serial = 0; // of the latest read: an older one's result is dropped
};
