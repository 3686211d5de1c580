#include "koreanparticles.h"

#include <array>

namespace ck {

namespace {

struct Particle
{
    const char16_t *written;    // the double form in the catalogue
    const char16_t *afterVowel; // e.g. 가
    const char16_t *afterConsonant;
    bool rieulIsVowel; // (으)로: a final ㄹ takes 로
};

const std::array<Particle, 6> kParticles{{
    {u"이(가)", u"가", u"이", false},
    {u"을(를)", u"를", u"을", false},
    {u"은(는)", u"는", u"은", false},
    {u"와(과)", u"와", u"과", false},
    {u"과(와)", u"와", u"과", false},
    {u"(으)로", u"로", u"으로", true},
}};

constexpr char16_t kFirstSyllable = 0xAC00;
constexpr char16_t kLastSyllable = 0xD7A3;
constexpr int kFinalConsonants = 28;
constexpr int kRieul = 8; // ㄹ among the final consonants

bool isSkipped(QChar c)
{
    static const QString skipped = QStringLiteral("()[]{}\"'“”‘’«»`");
    return skipped.contains(c);
}

KoreanParticles::Ending hangulEnding(QChar syllable)
{
    const int final = (syllable.unicode() - kFirstSyllable) % kFinalConsonants;
    if (final == 0)
        return KoreanParticles::Ending::Vowel;
    return final == kRieul ? KoreanParticles::Ending::Rieul : KoreanParticles::Ending::Consonant;
}

KoreanParticles::Ending digitEnding(QChar digit)
{
    // 영 일 이 삼 사 오 육 칠 팔 구
    static const std::array<KoreanParticles::Ending, 10> endings{
        KoreanParticles::Ending::Consonant, KoreanParticles::Ending::Rieul,
        KoreanParticles::Ending::Vowel,     KoreanParticles::Ending::Consonant,
        KoreanParticles::Ending::Vowel,     KoreanParticles::Ending::Vowel,
        KoreanParticles::Ending::Consonant, KoreanParticles::Ending::Rieul,
        KoreanParticles::Ending::Rieul,     KoreanParticles::Ending::Vowel};
    return endings[std::size_t(digit.digitValue())];
}

KoreanParticles::Ending latinEnding(QStringView word)
{
    const QChar last = word.back().toLower();
    if (last == QLatin1Char('l'))
        return KoreanParticles::Ending::Rieul;
    if (last == QLatin1Char('m') || last == QLatin1Char('n'))
        return KoreanParticles::Ending::Consonant;
    if (last == QLatin1Char('g') && word.size() > 1 && word[word.size() - 2].toLower() == u'n')
        return KoreanParticles::Ending::Consonant; // "ng": ㅇ
    return KoreanParticles::Ending::Vowel;
}

} // namespace

KoreanParticles::Ending KoreanParticles::endingOf(QStringView word)
{
    qsizetype end = word.size();
    while (end > 0 && isSkipped(word[end - 1]))
        --end;
    if (end == 0)
        return Ending::Unknown;
    const QChar last = word[end - 1];
    if (last.unicode() >= kFirstSyllable && last.unicode() <= kLastSyllable)
        return hangulEnding(last);
    if (last.isDigit() && last.digitValue() >= 0 && last.digitValue() <= 9)
        return digitEnding(last);
    if (last.isLetter() && last.unicode() < 0x80)
        return latinEnding(word.first(end));
    return Ending::Unknown;
}

QString KoreanParticles::settle(const QString &text)
{
    QString result = text;
    for (const Particle &particle : kParticles) {
        const QString written = QString::fromUtf16(particle.written);
        for (qsizetype at = result.indexOf(written); at >= 0;
             at = result.indexOf(written, at + 1)) {
            const Ending ending = endingOf(QStringView(result).first(at));
            const bool vowelForm =
                ending == Ending::Vowel || (ending == Ending::Rieul && particle.rieulIsVowel);
            const QString chosen =
                QString::fromUtf16(vowelForm ? particle.afterVowel : particle.afterConsonant);
            if (ending != Ending::Unknown)
                result.replace(at, written.size(), chosen);
        }
    }
    return result;
}

} // namespace ck
