#pragma once

#include <QString>

namespace ck {

// Korean writes a particle after a name in one of two forms, chosen by how the name ends:
// "커피가" but "베이글이". Translations name it for both ("%1이(가)"), which reads stiff; settle()
// picks the form from the word before each 이(가), 을(를), 은(는), 와(과), 과(와) and (으)로.
// A Hangul syllable decides by its final consonant (jongseong; for (으)로 a final ㄹ counts as
// none). A Latin name decides as it is read aloud in Korean: a final l, m, n or ng, or a digit
// read with a final consonant (0, 1, 3, 6, 7, 8), takes the consonant form; vowels and the
// other consonants, read with a closing 으 ("toast" 토스트), take the vowel form.
class KoreanParticles
{
public:
    enum class Ending { Vowel, Rieul, Consonant, Unknown };

    // `text` with every double particle settled; text without them is returned as it is.
    static QString settle(const QString &text);
    // How `word` ends when read aloud in Korean (brackets, quotes and "()" after it skipped).
    static Ending endingOf(QStringView word);
};

} // namespace ck
