#pragma once

#include <QObject>

class QAbstractScrollArea;

namespace ck {

// Keeps a growing text view scrolled to its end until the reader scrolls up, and again once
// they scroll back down. Deciding this from "is the bar at its maximum?" at each append fails
// mid-run: a wrapped plain-text view lays its new lines out lazily, so its maximum grows after
// the append and the view is left a line short of the end, no longer "at the end". Here the
// flag changes only when the bar's value changes, and every growth of its range is followed.
class EndFollower : public QObject
{
    Q_OBJECT

public:
    explicit EndFollower(QAbstractScrollArea *view);

    bool isFollowing() const { return m_following; }
    // Follows the end again (a new run, a rebuilt text).
    void follow();

private:
    void onValueChanged(int value);
    void onRangeChanged();

    QAbstractScrollArea *m_view;
    bool m_following = true;
    bool m_moving = false; // our own scrolling, not the reader's
};

} // namespace ck
