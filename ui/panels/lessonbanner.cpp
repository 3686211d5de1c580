#include "lessonbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace ck {

LessonBanner::LessonBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_close(new QToolButton(this))
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
    m_scroll->setWidget(m_text);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_scroll, 1);
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
    fitHeight();
}

void LessonBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

// A one-line lesson takes one line, not the room of three.
void LessonBanner::fitHeight()
{
    // Hangul falls back to a taller font than the Latin one the metrics describe.
    const int most = fontMetrics().lineSpacing() * kLines * 6 / 5 + 2;
    // The text's width from the banner's own, which is known before its layout has run.
    const QMargins margins = layout()->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right() -
                      layout()->spacing() - m_close->sizeHint().width();
    const int needed = width > 0 ? m_text->heightForWidth(width) : most;
    const int height = std::clamp(needed, m_close->sizeHint().height(), most);
    if (m_scroll->height() != height || m_scroll->maximumHeight() != height)
        m_scroll->setFixedHeight(height);
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
