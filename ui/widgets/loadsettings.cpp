#include "loadsettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

LoadSettings::LoadSettings(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_arrival(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_steps(new QLineEdit(this))
    , m_duration(new QSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_slos(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_fields(new QWidget(this))
{
    m_mode->setObjectName(QStringLiteral("loadMode"));
    m_mode->addItem(tr("Iterations (one after another, or N in flight)"), int(Plain));
    m_mode->addItem(tr("Open loop at a rate"), int(OpenLoop));
    m_mode->addItem(tr("Sweep concurrency"), int(ConcurrencySweep));
    m_mode->addItem(tr("Sweep rate"), int(RateSweep));
    m_mode->addItem(tr("Search the highest rate meeting the SLOs"), int(RateSearch));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setToolTip(tr("Iterations measure how fast one request is. The others are load tests: requests sent on "
                          "a schedule whether or not earlier ones finished (open loop), or steps of load, each "
                          "warmed up and measured for its duration, to find where latency breaks (the knee)."));
    m_arrival->addItem(tr("Poisson"), int(Load::Arrival::Poisson));
    m_arrival->addItem(tr("Even"), int(Load::Arrival::Constant));
    m_arrival->setToolTip(tr("How an open loop spaces its requests: random (Poisson) gaps, or even ones"));
    m_rate->setRange(0.01, Load::kMaxRate);
    m_rate->setDecimals(2);
    m_rate->setValue(2);
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setToolTip(tr("Requests per second to each model and region"));
    m_steps->setObjectName(QStringLiteral("loadSteps"));
    m_steps->setToolTip(tr("The steps: a list (1,2,4,8) or from:to:step (1:20:2); a search tries rates between the "
                           "lowest and the highest"));
    m_duration->setRange(1, int(Load::kMaxSeconds));
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("How long each step is measured (in the simulated provider's time when sped up)"));
    m_warmup->setRange(0, 3600);
    m_warmup->setValue(5);
    m_warmup->setSuffix(tr(" s"));
    m_warmup->setToolTip(tr("Load before each step is measured, not counted"));
    m_slos->setObjectName(QStringLiteral("slos"));
    m_slos->setPlaceholderText(tr("SLOs, e.g. ttft_p90=500ms, itl_p99=50ms"));
    m_slos->setToolTip(tr("Service-level objectives: each step says whether it met them; goodput counts the "
                          "requests that met every one; the knee is the first step to break them"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_arrival, 0, 0);
    grid->addWidget(m_rate, 0, 1);
    grid->addWidget(m_steps, 0, 1);
    grid->addWidget(new QLabel(tr("Step"), m_fields), 1, 0, Qt::AlignRight);
    auto *times = new QHBoxLayout;
    times->addWidget(m_duration);
    times->addWidget(new QLabel(tr("after warm-up"), m_fields));
    times->addWidget(m_warmup);
    grid->addLayout(times, 1, 1);
    grid->addWidget(m_slos, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_mode);
    layout->addWidget(m_fields);
    layout->addWidget(m_problem);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &LoadSettings::updateFields);
    connect(m_arrival, &QComboBox::currentIndexChanged, this, &LoadSettings::changed);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &LoadSettings::changed);
    connect(m_duration, &QSpinBox::valueChanged, this, &LoadSettings::changed);
    connect(m_warmup, &QSpinBox::valueChanged, this, &LoadSettings::changed);
    for (QLineEdit *edit : {m_steps, m_slos})
        connect(edit, &QLineEdit::textChanged, this, &LoadSettings::updateFields);
    updateFields();
}

LoadSettings::Mode LoadSettings::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

bool LoadSettings::isPlain() const
{
    return mode() == Plain;
}

void LoadSettings::updateFields()
{
    const Mode m = mode();
    m_fields->setVisible(m != Plain);
    m_rate->setVisible(m == OpenLoop);
    m_steps->setVisible(m != OpenLoop);
    m_arrival->setVisible(m != ConcurrencySweep);
    m_steps->setPlaceholderText(m == ConcurrencySweep ? tr("concurrencies, e.g. 1,2,4,8,16,32,64")
                                                      : tr("rates, e.g. 1:20:2 (req/s)"));
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    Q_EMIT changed();
}

Load LoadSettings::load() const
{
    Load l;
    const Mode m = mode();
    if (m == Plain)
        return l;
    l.arrival = m == ConcurrencySweep ? Load::Arrival::Closed : Load::Arrival(m_arrival->currentData().toInt());
    l.durationS = m_duration->value();
    l.warmupS = m_warmup->value();
    l.rate = m_rate->value();
    QString error;
    if (m != OpenLoop) {
        l.sweep = m == ConcurrencySweep ? Load::Sweep::Concurrency : Load::Sweep::Rate;
        l.steps = Load::parseSteps(m_steps->text(), &error).value_or(QList<double>());
        l.search = m == RateSearch;
        if (l.search)
            l.steps = Load::searchBounds(l.steps);
    }
    if (!m_slos->text().trimmed().isEmpty())
        l.slos = SloTerm::parseList(m_slos->text(), &error).value_or(QList<SloTerm>());
    return l;
}

QString LoadSettings::problem() const
{
    const Mode m = mode();
    if (m == Plain)
        return {};
    QString error;
    if (m != OpenLoop && !Load::parseSteps(m_steps->text(), &error))
        return error;
    if (!m_slos->text().trimmed().isEmpty() && !SloTerm::parseList(m_slos->text(), &error))
        return error;
    return load().validate();
}

void LoadSettings::setLoad(const Load &l)
{
    Mode m = Plain;
    if (l.search)
        m = RateSearch;
    else if (l.sweep == Load::Sweep::Concurrency)
        m = ConcurrencySweep;
    else if (l.sweep == Load::Sweep::Rate)
        m = RateSweep;
    else if (l.openLoop() || l.timed())
        m = OpenLoop;
    const QSignalBlocker block(this);
    m_mode->setCurrentIndex(m_mode->findData(int(m)));
    m_arrival->setCurrentIndex(qMax(0, m_arrival->findData(int(l.arrival))));
    if (l.rate > 0)
        m_rate->setValue(l.rate);
    if (l.durationS > 0)
        m_duration->setValue(int(l.durationS));
    m_warmup->setValue(int(l.warmupS));
    QStringList steps;
    for (const double v : l.steps)
        steps.append(QString::number(v));
    m_steps->setText(steps.join(u','));
    m_slos->setText(SloTerm::listText(l.slos));
    updateFields();
}
