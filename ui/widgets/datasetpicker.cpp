#include "datasetpicker.h"

#include "core/format.h"
#include "workload/dataset.h"
#include "workload/promptfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QThread>
#include <QToolButton>

namespace {

// What a read on the worker thread hands back.
struct ReadResult
{
    std::shared_ptr<const Dataset> dataset;
    QString error;
};

} // namespace

DatasetPicker::DatasetPicker(QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
{
    m_button->setObjectName(QStringLiteral("dataset"));
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_button);
    QAction *clear = menu->addAction(tr("Send the prompt instead (no dataset)"));
    connect(clear, &QAction::triggered, this, [this] {
        setPath({});
        Q_EMIT chosen();
    });
    QAction *prompt = menu->addAction(tr("Prompt from a file…"));
    connect(prompt, &QAction::triggered, this, &DatasetPicker::choosePrompt);
    m_button->setMenu(menu);
    connect(m_button, &QToolButton::clicked, this, &DatasetPicker::choose);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    update();
}

// A read still going is told to stop, and waited for: it stops within a line.
DatasetPicker::~DatasetPicker()
{
    cancelReads();
    for (const QPointer<QThread> &t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

void DatasetPicker::setPath(const QString &path)
{
    cancelReads();
    m_path = path;
    m_dataset.reset();
    m_error.clear();
    ++m_serial;
    if (!path.isEmpty())
        read(path);
    update();
    Q_EMIT changed();
}

void DatasetPicker::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a dataset"),
                                                      m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(),
                                                      tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    setPath(path);
    Q_EMIT chosen();
}

// A prompt read from a text file (up to 4 MB) on a worker thread; the prompt field takes it.
void DatasetPicker::choosePrompt()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read the prompt from a file"), QString(),
                                                      tr("Text (*.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        readPrompt(path);
}

void DatasetPicker::readPrompt(const QString &path)
{
    auto result = std::make_shared<std::optional<PromptFile>>();
    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create([path, result, error] { *result = PromptFile::read(path, error.get()); });
    connect(worker, &QThread::finished, this, [this, result, error] {
        if (*result)
            Q_EMIT promptRead((*result)->text, (*result)->name, (*result)->sha256);
        else
            Q_EMIT promptFailed(*error);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_threads.append(worker);
    worker->start();
}

void DatasetPicker::cancelReads()
{
    if (m_stop)
        m_stop->store(true);
    m_stop.reset();
}

void DatasetPicker::read(const QString &path)
{
    auto result = std::make_shared<ReadResult>();
    auto stop = std::make_shared<std::atomic_bool>(false);
    QThread *worker = QThread::create([path, result, stop] {
        QString error;
        std::optional<Dataset> d = Dataset::read(path, &error, stop.get());
        if (d)
            result->dataset = std::make_shared<const Dataset>(std::move(*d));
        result->error = error;
    });
    m_stop = stop;
    const quint64 serial = m_serial;
    ++m_reading;
    // Queued to this object's thread; dropped with this object if it goes first.
    connect(worker, &QThread::finished, this, [this, result, serial] {
        --m_reading;
        m_threads.removeIf([](const QPointer<QThread> &t) { return t.isNull() || t->isFinished(); });
        if (serial != m_serial)
            return; // another file was chosen meanwhile
        m_dataset = result->dataset;
        m_error = result->error;
        update();
        Q_EMIT changed();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_threads.append(worker);
    worker->start();
}

void DatasetPicker::update()
{
    const QString name = QFileInfo(m_path).fileName();
    if (m_path.isEmpty()) {
        m_button->setText(tr("Dataset…"));
        m_button->setToolTip(tr("Send conversations from a JSON Lines file (OpenAI \"messages\" or ShareGPT "
                                "\"conversations\") instead of the prompt: each request one, drawn by a seed, the "
                                "same for every lane. Its menu reads the prompt from a text file."));
    } else if (m_dataset) {
        m_button->setText(tr("%1 (%2)").arg(name, Format::integer(m_dataset->size())));
        QString tip = tr("%1: %2 conversations; %3 lines skipped (no usable conversation). Each request sends one.")
                          .arg(m_path, Format::integer(m_dataset->size()), Format::integer(m_dataset->skipped()));
        if (m_dataset->truncated() > 0)
            tip += u'\n'
                + tr("Only the first %1 conversations are used; %2 more are left out.")
                      .arg(Format::integer(Dataset::kMaxConversations), Format::integer(m_dataset->truncated()));
        m_button->setToolTip(tip);
    } else if (m_error.isEmpty()) {
        m_button->setText(tr("Reading %1…").arg(name));
        m_button->setToolTip(m_path);
    } else {
        m_button->setText(tr("%1: unreadable").arg(name));
        m_button->setToolTip(m_error); // the run refuses to start with the same words
    }
}
