#pragma once

#include <QDialog>
#include <QStringList>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ck {

// "Predict, then run": the learner puts the lines the run will print in order (drag, or
// Alt+Up / Alt+Down on the selected line) and guesses the total time; Run starts the run, which
// then marks the guess (QuizPanel).
class PredictDialog : public QDialog
{
    Q_OBJECT

public:
    // `runName`: what runs ("Gather"); `choices`: its printed lines, shuffled.
    PredictDialog(const QString &runName, const QStringList &choices, QWidget *parent = nullptr);

    QStringList order() const;
    double seconds() const;
    QListWidget *list() const { return m_list; }
    QDoubleSpinBox *totalBox() const { return m_total; }
    // Moves the selected line `by` places (-1 up, +1 down), keeping it selected.
    void moveCurrent(int by);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_runName;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_totalLabel;
    QDoubleSpinBox *m_total;
    QPushButton *m_run = nullptr;
};

} // namespace ck
