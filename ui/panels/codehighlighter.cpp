#include "codehighlighter.h"

#include "theme/okabeito.h"
#include "theme/themecolors.h"

#include <QFont>

namespace ck {

namespace {

// Okabe & Ito's hues, each shifted towards the text colour until it reads on the base.
using namespace OkabeIto;

const QString kPythonKeywords = QStringLiteral(
    "and|as|assert|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|"
    "import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|None|True|False");
const QString kCppKeywords = QStringLiteral(
    "auto|bool|break|case|catch|class|const|constexpr|continue|default|delete|double|else|enum|"
    "explicit|false|for|if|int|namespace|new|nullptr|private|public|return|static|struct|switch|"
    "template|this|throw|true|try|using|void|while|std|include");

QRegularExpression wordsPattern(const QString &words)
{
    return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(words));
}

// `quote`'s string from `from`, to its closing quote (escapes skipped) or the line's end.
qsizetype stringEnd(const QString &text, qsizetype from, QChar quote)
{
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\'))
            ++i;
        else if (text[i] == quote)
            return i + 1;
    }
    return text.size();
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document, Syntax syntax, const QPalette &palette)
    : QSyntaxHighlighter(document), m_syntax(syntax), m_rules(rulesFor(syntax))
{
    setPalette(palette);
}

void CodeHighlighter::setPalette(const QPalette &palette)
{
    m_formats.clear();
    for (const Kind kind :
         {Kind::Keyword, Kind::Await, Kind::Library, Kind::String, Kind::Comment, Kind::Number})
        m_formats.push_back(formatFor(kind, palette));
    rehighlight();
}

QTextCharFormat CodeHighlighter::format(Kind kind) const
{
    return m_formats.at(std::size_t(kind));
}

std::vector<CodeHighlighter::Rule> CodeHighlighter::rulesFor(Syntax syntax)
{
    const bool python = syntax == Syntax::Python;
    return {
        {wordsPattern(python ? kPythonKeywords : kCppKeywords), Kind::Keyword},
        {QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?\\b")), Kind::Number},
        {python ? QRegularExpression(QStringLiteral("\\basyncio(?:\\.\\w+)*"))
                : QRegularExpression(QStringLiteral("\\b(?:QCoro|qCoro)\\w*(?:::\\w+)*")),
         Kind::Library},
        {wordsPattern(python ? QStringLiteral("async|await")
                             : QStringLiteral("co_await|co_return|co_yield")),
         Kind::Await},
    };
}

QTextCharFormat CodeHighlighter::formatFor(Kind kind, const QPalette &palette)
{
    const bool dark = ThemeColors::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto readable = [&](QRgb light, QRgb onDark) {
        return ThemeColors::readableOn(QColor(dark ? onDark : light), base, text);
    };
    QTextCharFormat format;
    switch (kind) {
    case Kind::Keyword:
        format.setForeground(readable(kBlue, kSkyBlue));
        break;
    case Kind::Await: // the lesson's words: strong and in their own colour
        format.setForeground(readable(kReddishPurple, kReddishPurple));
        format.setFontWeight(QFont::Bold);
        break;
    case Kind::Library:
        format.setForeground(readable(kOrange, kOrange));
        break;
    case Kind::String:
        format.setForeground(readable(kBluishGreen, kBluishGreen));
        break;
    case Kind::Comment:
        format.setForeground(
            ThemeColors::readableOn(ThemeColors::mix(text, base, 0.45), base, text));
        format.setFontItalic(true);
        break;
    case Kind::Number:
        format.setForeground(readable(kVermillion, kVermillion));
        break;
    }
    return format;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        for (auto match = rule.pattern.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            setFormat(int(found.capturedStart()), int(found.capturedLength()), format(rule.kind));
        }
    }
    highlightStringsAndComment(text); // over the words: a keyword inside a string is text
}

// Strings and the comment in one pass from the left: a quote inside a comment starts nothing,
// and a comment marker inside a string is text.
void CodeHighlighter::highlightStringsAndComment(const QString &text)
{
    const QString comment = m_syntax == Syntax::Python ? QStringLiteral("#") : QStringLiteral("//");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (QStringView(text).mid(i, comment.size()) == comment) {
            setFormat(int(i), int(text.size() - i), format(Kind::Comment));
            return;
        }
        const QChar c = text[i];
        if (c != QLatin1Char('"') && c != QLatin1Char('\''))
            continue;
        const qsizetype end = stringEnd(text, i, c);
        setFormat(int(i), int(end - i), format(Kind::String));
        i = end - 1;
    }
}

} // namespace ck
