#pragma once

#include "catalog/modelinfo.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Adds a model of the user's own to the catalog: its API id, a display name,
// provider and output price.
class AddModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddModelDialog)

public:
    explicit AddModelDialog(QWidget *parent = nullptr);

    ModelInfo model() const;

private:
    void validate();

    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_provider;
    QDoubleSpinBox *m_price;
    QCheckBox *m_priceUnknown;
    QCheckBox *m_reasoning;
    QLabel *m_error;
};
