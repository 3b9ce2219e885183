#pragma once

#include "load/load.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The run panel's Load mode: how requests arrive (closed loop by iterations,
// an open loop at a rate, a sweep of concurrencies or rates, a search for the
// highest rate that meets the SLOs), each step's duration and warm-up, and
// the SLOs. A list or SLO it cannot read turns red and says why.
class LoadSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadSettings)

public:
    explicit LoadSettings(QWidget *parent = nullptr);

    // The load asked for, or the plain run's (closed loop by iterations).
    Load load() const;
    void setLoad(const Load &load);
    // What is wrong with the fields (empty: nothing); the run does not start while there is.
    QString problem() const;
    // The plain run: iterations and in-flight count apply.
    bool isPlain() const;

Q_SIGNALS:
    void changed();

private:
    enum Mode { Plain, OpenLoop, ConcurrencySweep, RateSweep, RateSearch };
    void updateFields();
    Mode mode() const;

    QComboBox *m_mode;
    QComboBox *m_arrival;
    QDoubleSpinBox *m_rate;
    QLineEdit *m_steps;
    QSpinBox *m_duration;
    QSpinBox *m_warmup;
    QLineEdit *m_slos;
    QLabel *m_problem;
    QWidget *m_fields;
};
