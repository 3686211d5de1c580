#include "lessonbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>

namespace ck {

LessonBanner::LessonBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("lessonBanner"));
    // The palette's own colours: it reads in light and dark themes alike.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("lessonClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    // A long lesson scrolls within a few lines, so that the timeline keeps the room at 1280x720.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    // Hangul falls back to a taller font than the Latin one the metrics describe.
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * kLines * 6 / 5 + 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_closed = m_text->text();
        hide();
    });
    retranslate();
    hide();
}

void LessonBanner::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty() && text != m_closed);
}

QString LessonBanner::text() const
{
    return m_text->text();
}

void LessonBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void LessonBanner::retranslate()
{
    m_close->setToolTip(tr("Hide the lesson text"));
}

} // namespace ck
