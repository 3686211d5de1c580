#pragma once

#include <QDialog>

#include "runselection.h"
#include "scenario/scenario.h"

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace ck {

// File > Download URLs…: paste URLs, one per line, and choose to fetch them concurrently
// (gather) or one by one (sequential). The list is checked as it is typed; OK stays disabled
// until it makes a scenario (UrlScenario). Open it with open(): no nested event loop. On
// accepted(), scenario() and selection() say what to run.
class UrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UrlDialog(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Gather or sequential; a concurrent selection preselects gather, anything else sequential.
    RunSelection selection() const;
    void setSelection(const RunSelection &selection);
    // The scenario of the URLs, or null while the text does not make one.
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    QString message() const; // what the validation line says

private:
    void validate();
    void retranslate();

    QPlainTextEdit *m_edit;
    QLabel *m_hint;
    QLabel *m_status;
    QRadioButton *m_gather;
    QRadioButton *m_sequential;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<const Scenario> m_scenario;
};

} // namespace ck
