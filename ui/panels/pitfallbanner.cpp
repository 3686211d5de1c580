#include "pitfallbanner.h"

#include "theme/themecolors.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ck {

namespace {

QStringList messagesOf(const std::vector<Pitfall> &pitfalls)
{
    QStringList messages;
    for (const Pitfall &pitfall : pitfalls)
        messages << pitfall.message;
    return messages;
}

} // namespace

PitfallBanner::PitfallBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_fixButton(new QPushButton(this)),
      m_dismissButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("pitfallBanner"));
    setFrameShape(QFrame::StyledPanel);
    restyle();
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixButton->setObjectName(QStringLiteral("pitfallFix"));
    m_dismissButton->setObjectName(QStringLiteral("pitfallDismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fixButton);
    layout->addWidget(m_dismissButton);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        if (const auto strategy = fix())
            Q_EMIT fixRequested(*strategy);
    });
    connect(m_dismissButton, &QPushButton::clicked, this, [this] {
        m_dismissed = messagesOf(m_pitfalls);
        hide();
    });
    retranslate();
    hide();
}

void PitfallBanner::setPitfalls(std::vector<Pitfall> pitfalls)
{
    m_pitfalls = std::move(pitfalls);
    const QStringList messages = messagesOf(m_pitfalls);
    m_text->setText(messages.join(QLatin1Char('\n')));
    m_fixButton->setVisible(fix().has_value());
    retranslate();
    setVisible(!m_pitfalls.empty() && messages != m_dismissed);
}

QString PitfallBanner::text() const
{
    return m_text->text();
}

bool PitfallBanner::offersFix() const
{
    return fix().has_value();
}

std::optional<Strategy> PitfallBanner::fix() const
{
    for (const Pitfall &pitfall : m_pitfalls) {
        if (pitfall.fix)
            return pitfall.fix;
    }
    return std::nullopt;
}

void PitfallBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

// Okabe-Ito orange, pale on a light window and deep on a dark one: a warning that is a lesson,
// not an error, readable in both.
void PitfallBanner::restyle()
{
    QColor background(0xfd, 0xf3, 0xc4);
    QColor text(0x3d, 0x2b, 0x00);
    // The application's palette: this frame's own is the style sheet's once it has one.
    const QPalette palette = QGuiApplication::palette();
    if (ThemeColors::isDark(palette)) {
        text = palette.color(QPalette::WindowText);
        background = ThemeColors::readableTint(QColor(0xe6, 0x9f, 0x00),
                                               palette.color(QPalette::Window), text, 0.3);
    }
    const QString sheet =
        QStringLiteral("#pitfallBanner { background: %1; border: 1px solid #e69f00; "
                       "border-radius: 4px; } #pitfallBanner QLabel { color: %2; }")
            .arg(background.name(), text.name());
    if (sheet != styleSheet()) // a style sheet set changes the palette: once is enough
        setStyleSheet(sheet);
}

void PitfallBanner::retranslate()
{
    const auto strategy = fix();
    m_fixButton->setText(strategy ? tr("Re-run with %1").arg(strategy->label()) : QString());
    m_dismissButton->setText(tr("Dismiss"));
}

} // namespace ck
