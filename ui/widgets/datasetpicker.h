#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class Dataset;
class QThread;
class QToolButton;

// Chooses a JSONL dataset of conversations for the run's prompts and reads it
// on a worker thread (a dataset may be 128 MB: the GUI thread never waits).
// Until it is read, dataset() is empty and a run says so; a read no longer
// wanted is cancelled.
class DatasetPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPicker)

public:
    explicit DatasetPicker(QWidget *parent = nullptr);
    ~DatasetPicker() override;

    // Reads `path` (empty: no dataset, the prompt is sent).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    bool isReading() const { return m_reading > 0; }
    QString error() const { return m_error; }
    // Reads a prompt from `path` on a worker thread: promptRead or promptFailed follows.
    void readPrompt(const QString &path);

Q_SIGNALS:
    void changed();
    // The user chose a file or chose to send the prompt (never a setPath call).
    void chosen();
    // A prompt file the user chose was read (off the GUI thread): its text, name and SHA-256.
    void promptRead(const QString &text, const QString &name, const QString &sha256);
    void promptFailed(const QString &error);

private:
    void choose();
    void choosePrompt();
    void read(const QString &path);
    void cancelReads();
    void update();

    QToolButton *m_button;
    QString m_path;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_error;
    int m_reading = 0;                        // reads in flight, cancelled ones included
    quint64 m_serial = 0;                     // of the latest read: an older one's result is dropped
    std::shared_ptr<std::atomic_bool> m_stop; // the latest read's cancel flag
    QList<QPointer<QThread>> m_threads;       // waited for on destruction, after cancelling
};
