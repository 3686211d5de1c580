#pragma once

#include <QFrame>

class QLabel;
class QScrollArea;
class QToolButton;

namespace ck {

// The scenario's lesson text (its "description", in the window's language) above the timeline:
// what the lesson shows and what to look for. Hidden when the scenario has none; the user may
// close it, and it comes back with the next lesson.
class LessonBanner : public QFrame
{
    Q_OBJECT

public:
    explicit LessonBanner(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kLines = 3; // shown at once; the rest scrolls

    void retranslate();
    void fitHeight(); // as many lines as the text needs at this width, up to kLines

    QLabel *m_text;
    QScrollArea *m_scroll;
    QToolButton *m_close;
    QString m_closed; // the text the user closed
};

} // namespace ck
