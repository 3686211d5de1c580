#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace ck {

// Colours the code view's Python or C++: keywords, strings, comments and numbers, with
// `async`/`await` (and co_await, co_return) stressed, and the library's names (asyncio.gather,
// QCoro::Task) marked, since they are what the lesson is about. The colours come from the
// palette it is given, each readable on its base (contrast >= 4.5), light or dark.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Syntax { Python, Cpp };
    enum class Kind { Keyword, Await, Library, String, Comment, Number };

    CodeHighlighter(QTextDocument *document, Syntax syntax, const QPalette &palette);

    void setPalette(const QPalette &palette); // recolours the whole document
    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Kind kind;
    };

    static std::vector<Rule> rulesFor(Syntax syntax);
    static QTextCharFormat formatFor(Kind kind, const QPalette &palette);
    void highlightStringsAndComment(const QString &text);

    Syntax m_syntax;
    std::vector<Rule> m_rules;
    std::vector<QTextCharFormat> m_formats; // by Kind
};

} // namespace ck
