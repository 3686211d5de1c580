#pragma once

#include <QFrame>

#include "teach/pitfall.h"

#include <vector>

class QLabel;
class QPushButton;

namespace ck {

// A bar above the timeline that names the pitfalls the finished run fell into, with the lesson,
// and a one-click re-run in the mode that fixes it ("Re-run with gather") when there is one.
class PitfallBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PitfallBanner(QWidget *parent = nullptr);

    // Shows them (hides itself when there are none). The user's Dismiss lasts until they change.
    void setPitfalls(std::vector<Pitfall> pitfalls);
    const std::vector<Pitfall> &pitfalls() const { return m_pitfalls; }
    QString text() const;
    bool offersFix() const;

Q_SIGNALS:
    void fixRequested(const ck::Strategy &strategy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restyle();
    std::optional<Strategy> fix() const;

    QLabel *m_text;
    QPushButton *m_fixButton;
    QPushButton *m_dismissButton;
    std::vector<Pitfall> m_pitfalls;
    QStringList m_dismissed; // the messages the user dismissed
};

} // namespace ck
