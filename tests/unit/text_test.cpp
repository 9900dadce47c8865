// Tests of the text stage's character layer: UTF-8, character classes and
// normalisation, including its invariants on random input and the radical
// table against Unicode's own data.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "text/chars.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

// ---------------------------------------------------------------------------
// UTF-8

TEST(Utf8, ValidInputHasNoInvalidOffset) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(
      find_invalid_utf8("plain ASCII text that is longer than eight bytes"),
      std::nullopt);
  EXPECT_EQ(find_invalid_utf8("长沙晚报5月13日讯 𠀀 ⻓ é"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xEF\xBF\xBD"), std::nullopt);      // U+FFFD
}

TEST(Utf8, InvalidOffsets) {
  EXPECT_EQ(find_invalid_utf8("abc\xFF"), 3u);
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);              // lone continuation
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xC1\xBF"), 0u);          // overlong
  EXPECT_EQ(find_invalid_utf8("ab\xE0\x80\xAF"), 2u);    // overlong 3 bytes
  EXPECT_EQ(find_invalid_utf8("\xF0\x8F\xBF\xBF"), 0u);  // overlong 4 bytes
  EXPECT_EQ(find_invalid_utf8("中\xED\xA0\x80"), 3u);    // surrogate D800
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(find_invalid_utf8("中文\xE4\xB8"), 6u);  // truncated at the end
  EXPECT_EQ(find_invalid_utf8("0123456789\x80xyz"),
            10u);  // after the ASCII fast path
  EXPECT_EQ(find_invalid_utf8("01234567中\xE4\xB8x"),
            11u);  // truncated in the middle
  EXPECT_EQ(find_invalid_utf8(std::string_view("a\0b\xC3", 4)),
            3u);  // NUL is valid
}

// Checks the validator against ICU's U8_NEXT on random byte strings.
TEST(Utf8, AgreesWithIcuOnRandomBytes) {
  std::mt19937 rng(20240513);
  const unsigned char interesting[] = {
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
      0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 24);
    for (int i = 0; i < n; ++i) {
      s.push_back(static_cast<char>(
          rng() % 3 == 0 ? rng() % 256
                         : interesting[rng() % sizeof interesting]));
    }
    std::optional<std::size_t> expected;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    for (int32_t i = 0, length = static_cast<int32_t>(s.size()); i < length;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {
        expected = static_cast<std::size_t>(start);
        break;
      }
    }
    ASSERT_EQ(find_invalid_utf8(s), expected) << "round " << round;
  }
}

TEST(Utf8, DecodeEncodeRoundTrip) {
  const std::string s = "长沙A𠀀é\n⻓";
  const std::u32string u = decode(s);
  EXPECT_EQ(u, U"长沙A𠀀é\n⻓");
  EXPECT_EQ(encode(u), s);
  EXPECT_EQ(length(s), 7u);
  std::string out;
  append_utf8(out, 0x20000);
  EXPECT_EQ(out, "𠀀");
  EXPECT_EQ(decode("a\xFF"
                   "b"),
            U"a\uFFFDb");
  EXPECT_EQ(encode(std::u32string(1, char32_t{0xD800})), "\xEF\xBF\xBD");
  std::size_t pos = 1;
  EXPECT_EQ(next_code_point("a中", pos), U'中');
  EXPECT_EQ(pos, 4u);
}

// ---------------------------------------------------------------------------
// Character classes

TEST(Chars, Han) {
  for (char32_t c : std::u32string_view(U"中国长沙〇𠀀𪜀丽"))
    EXPECT_TRUE(is_han(c)) << std::hex << static_cast<unsigned>(c);
  for (char32_t c : std::u32string_view(U"aZ9。，、·⻓ "))
    EXPECT_FALSE(is_han(c)) << std::hex << static_cast<unsigned>(c);
}

// Every assigned ideograph of script Han is Han, and nothing else is.
TEST(Chars, HanAgreesWithUnicodeProperties) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (u_charType(c) == U_UNASSIGNED) continue;
    UErrorCode status = U_ZERO_ERROR;
    const bool han_script = uscript_getScript(c, &status) == USCRIPT_HAN;
    const bool ideograph = u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
    const bool expected =
        han_script && ideograph && !(c >= 0x3021 && c <= 0x303A) && c != 0x3006;
    ASSERT_EQ(is_han(static_cast<char32_t>(c)), expected)
        << std::hex << static_cast<unsigned>(c);
  }
}

TEST(Chars, SpacesDigitsPunctuation) {
  for (char32_t c :
       std::u32string_view(U" \t\n\r\u00A0\u3000\u2003\u200B\uFEFF")) {
    EXPECT_TRUE(is_space(c)) << std::hex << static_cast<unsigned>(c);
  }
  EXPECT_FALSE(is_space(U'中'));
  EXPECT_FALSE(is_space(U'_'));
  EXPECT_TRUE(is_digit(U'7'));
  EXPECT_FALSE(is_digit(U'７'));
  for (char32_t c : std::u32string_view(
           U"，。、：；！？“”‘’（）《》【】「」『』…—·,.!?()-/%")) {
    EXPECT_TRUE(is_punct(c)) << std::hex << static_cast<unsigned>(c);
  }
  for (char32_t c : std::u32string_view(U"中aZ09〇￥ ")) {
    EXPECT_FALSE(is_punct(c)) << std::hex << static_cast<unsigned>(c);
  }
}

TEST(Chars, SentenceEndsOpenersClosers) {
  for (char32_t c : std::u32string_view(U"。！？!?；…")) {
    EXPECT_TRUE(is_sentence_end(c)) << std::hex << static_cast<unsigned>(c);
  }
  for (char32_t c : std::u32string_view(U"，、：”）.;")) {
    EXPECT_FALSE(is_sentence_end(c)) << std::hex << static_cast<unsigned>(c);
  }
  for (char32_t c : std::u32string_view(U"“‘「『（《([【")) {
    EXPECT_TRUE(is_opener(c)) << std::hex << static_cast<unsigned>(c);
    EXPECT_FALSE(is_closer(c)) << std::hex << static_cast<unsigned>(c);
  }
  for (char32_t c : std::u32string_view(U"”’」』）》)]】")) {
    EXPECT_TRUE(is_closer(c)) << std::hex << static_cast<unsigned>(c);
    EXPECT_FALSE(is_opener(c)) << std::hex << static_cast<unsigned>(c);
  }
}

TEST(Chars, EndsSentence) {
  EXPECT_TRUE(ends_sentence(U"大赛于今年启动。"));
  EXPECT_TRUE(ends_sentence(U"他说：“这是好事。”  "));
  EXPECT_TRUE(ends_sentence(U"“……”他问，“真的吗？”）"));
  EXPECT_TRUE(ends_sentence(U"未完待续……"));
  EXPECT_FALSE(ends_sentence(U"国内外共有9928个"));
  EXPECT_FALSE(ends_sentence(U"记者了解到："));
  EXPECT_FALSE(ends_sentence(U"“好”"));
  EXPECT_FALSE(ends_sentence(U""));
  EXPECT_FALSE(ends_sentence(U"   "));
}

TEST(Chars, HasOpenBracket) {
  EXPECT_TRUE(has_open_bracket(U"（全媒体记者 邓艳红 通讯员"));
  EXPECT_TRUE(has_open_bracket(U"他说：“我们将为每位"));
  EXPECT_TRUE(has_open_bracket(U"“他说（好）"));
  EXPECT_TRUE(has_open_bracket(U"say \"hello"));
  EXPECT_FALSE(has_open_bracket(U"（全媒体记者 邓艳红）"));
  EXPECT_FALSE(has_open_bracket(U"“好。”《长沙晚报》"));
  EXPECT_FALSE(has_open_bracket(U"多余的）闭括号"));
  EXPECT_FALSE(has_open_bracket(U""));
}

TEST(Chars, IsEnclosed) {
  EXPECT_TRUE(is_enclosed(U"（本报北京3月8日电）"));
  EXPECT_TRUE(is_enclosed(U"（记者王明（实习））"));
  EXPECT_TRUE(is_enclosed(U"【绝活看点】"));
  EXPECT_FALSE(is_enclosed(U"（王明）（李华）"));
  EXPECT_FALSE(is_enclosed(U"（王明）摄"));
  EXPECT_FALSE(is_enclosed(U"（）"));
}

// ---------------------------------------------------------------------------
// Normalisation

TEST(Normalize, Radicals) {
  EXPECT_EQ(unify_radical(U'⻓'), U'长');
  EXPECT_EQ(unify_radical(U'⽇'), U'日');
  EXPECT_EQ(unify_radical(U'⺠'), U'民');
  EXPECT_EQ(unify_radical(U'中'), U'中');
  EXPECT_EQ(unify_radical(0x2E80),
            char32_t{0x2E80});  // no equivalent ideograph
  EXPECT_EQ(normalize("⻓沙晚报 ⽇报 ⼈⺠"), "长沙晚报日报人民");
  NormalizeOptions keep;
  keep.map_radicals = false;
  EXPECT_EQ(normalize("⻓沙", keep), "⻓沙");
}

TEST(Normalize, TwoAndThreeEmDashesBecomeEmDashes) {
  EXPECT_EQ(normalize("河南获嘉县\u2E3A"), "河南获嘉县——");
  EXPECT_EQ(normalize("回家过年\u2E3B长沙"), "回家过年———长沙");
  EXPECT_EQ(normalize("甲 \u2E3A 乙"), "甲——乙");
  NormalizeOptions raw;
  raw.map_radicals = false;
  EXPECT_EQ(normalize("约1\u22153的条目"), "约1／3的条目");
  EXPECT_EQ(normalize("1\u22153", raw), "1\u22153");
  EXPECT_EQ(normalize("甲\u2E3A乙", raw), "甲\u2E3A乙");
}

TEST(Normalize, FullWidth) {
  EXPECT_EQ(normalize("２０２３年５月１３日"), "2023年5月13日");
  EXPECT_EQ(normalize("ＡＧＶ和２４０多台"), "AGV和240多台");
  // Symbols and punctuation keep the width they were set in.
  EXPECT_EQ(normalize("增长１２．５％，达到３／４"), "增长12．5％，达到3／4");
  EXPECT_EQ(normalize("＋－＝＜＞＠＃＆＊＄＿＼＾"), "＋－＝＜＞＠＃＆＊＄＿＼＾");
  EXPECT_EQ(normalize("，。：；（）！？“”、《》【】～｜［］"),
            "，。：；（）！？“”、《》【】～｜［］");
  EXPECT_EQ(normalize("好！ＯＫ？"), "好！OK？");
  NormalizeOptions keep;
  keep.fold_width = false;
  EXPECT_EQ(normalize("２０２３年", keep), "２０２３年");
  EXPECT_EQ(fold_width(U'ｚ'), U'z');
  EXPECT_EQ(fold_width(U'，'), U'，');
}

TEST(Normalize, SpacesBetweenHanAreRemoved) {
  EXPECT_EQ(normalize("联 查 『 威 绿 达 』"), "联查『威绿达』");
  EXPECT_EQ(normalize("本报记者 王比学"), "本报记者王比学");
  EXPECT_EQ(normalize("徐\u3000昱"), "徐昱");
  EXPECT_EQ(normalize("朝霞 \u00A0\t胜油画"), "朝霞胜油画");
  EXPECT_EQ(normalize("阿卜杜拉 · 阿卜杜勒"), "阿卜杜拉·阿卜杜勒");
  EXPECT_EQ(normalize("报名参加 。 大赛 ， 2023"), "报名参加。大赛，2023");
  EXPECT_EQ(normalize("（ 2023 ）"), "（2023）");
  EXPECT_EQ(normalize("二 〇 二 三 年"), "二〇二三年");
  NormalizeOptions keep;
  keep.remove_cjk_spaces = false;
  EXPECT_EQ(normalize("徐\u3000\u3000昱  王", keep), "徐 昱 王");
}

TEST(Normalize, SpacesBetweenLatinAndHanStay) {
  EXPECT_EQ(normalize("New  York\u00A0Times"), "New York Times");
  EXPECT_EQ(normalize("使用 iPhone 15 拍摄"), "使用 iPhone 15 拍摄");
  EXPECT_EQ(normalize("2023 年"), "2023 年");
  EXPECT_EQ(normalize("３ ５"), "3 5");
  EXPECT_EQ(normalize("“ hello ”"), "“ hello ”");
}

TEST(Normalize, LinesAreTrimmedAndKept) {
  EXPECT_EQ(normalize("  第一行  \n\u3000\u3000第二行\u00A0\n"),
            "第一行\n第二行\n");
  EXPECT_EQ(normalize("a\r\nb\rc\fd\u2028e"), "a\nb\nc\nd\ne");
  EXPECT_EQ(normalize("a\n\n \nb"), "a\n\n\nb");
  EXPECT_EQ(normalize("\u200B零\uFEFF宽\u200B"), "零宽");
  EXPECT_EQ(normalize("ab\u200Bcd"), "abcd");
  EXPECT_EQ(normalize(""), "");
  EXPECT_EQ(normalize("   "), "");
}

TEST(Normalize, StripSpace) {
  EXPECT_EQ(strip_space(" 长 沙\u3000晚\u00A0报\n\t2023 \u200B"),
            "长沙晚报2023");
}

// Random strings over the characters that matter: Han, radicals, full-width
// forms, every kind of space and line break, CJK and Latin punctuation.
std::string random_text(std::mt19937& rng) {
  static const std::u32string alphabet =
      U"中国长沙报〇々⻓⽇⺠⼈⺀\u2E80ａＺ０９％＋．，。：；（）！？＂～"
      U"“”‘’…—·『』《》⸺⸻abcXYZ019.,;:!?()%-/ "
      U"\u00A0\u3000\t\n\r\v\f\u2028\u200B\uFEFF"
      U"\u2003\u0085😀é\x01";
  std::string s;
  const int n = static_cast<int>(rng() % 40);
  for (int i = 0; i < n; ++i) append_utf8(s, alphabet[rng() % alphabet.size()]);
  return s;
}

std::string map_chars(std::string_view s, const NormalizeOptions& options) {
  std::string out;
  for (char32_t c : decode(s)) append_normalized(out, c, options);
  return out;
}

TEST(Normalize, IdempotentAndLosesNoCharacter) {
  std::mt19937 rng(7);
  NormalizeOptions variants[4];
  variants[1].fold_width = false;
  variants[2].map_radicals = false;
  variants[3].remove_cjk_spaces = false;
  for (int round = 0; round < 20000; ++round) {
    const std::string input = random_text(rng);
    const NormalizeOptions& options = variants[round % 4];
    const std::string once = normalize(input, options);
    ASSERT_FALSE(find_invalid_utf8(once).has_value());
    ASSERT_EQ(normalize(once, options), once) << "input: " << input;
    ASSERT_EQ(strip_space(once), map_chars(strip_space(input), options))
        << "input: " << input;
    // No white space but single plain spaces inside lines survives.
    for (std::size_t i = 0; i < once.size(); ++i) {
      if (once[i] == ' ') {
        ASSERT_TRUE(i > 0 && once[i - 1] != ' ' && once[i - 1] != '\n') << once;
        ASSERT_TRUE(i + 1 < once.size() && once[i + 1] != ' ' &&
                    once[i + 1] != '\n')
            << once;
      }
    }
    const std::u32string u = decode(once);
    for (char32_t c : u)
      ASSERT_TRUE(c == U' ' || c == U'\n' || !is_space(c)) << input;
  }
}

TEST(Normalize, IsFastOnAPage) {
  std::string page;
  while (page.size() < 100 * 1024) {
    page +=
        "长沙晚报５月１３日讯（全媒体记者 邓艳红 通讯员 "
        "田斐）国内外共有９９２８个\n";
    page +=
        "大学生项目有效报名参加大赛。 New   York\u3000Times\u00A0 reports "
        "12.5% growth.\n";
  }
  const auto start = std::chrono::steady_clock::now();
  std::size_t total = 0;
  for (int i = 0; i < 20; ++i) total += normalize(page).size();
  const double ms = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start)
                        .count() /
                    20;
  std::cout << "normalize: " << ms << " ms per 100 KB page\n";
  EXPECT_GT(total, 0u);
  EXPECT_LT(ms, 50.0);  // generous: about 1 ms in Release
}

// Compares the compiled radical table with Unicode's data file.
TEST(Normalize, RadicalsMatchUnicodeData) {
  const char* path = "/usr/share/unicode/EquivalentUnifiedIdeograph.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " is absent (Debian package unicode-data)";
  std::map<char32_t, char32_t> expected;
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    const auto semicolon = line.find(';');
    if (semicolon == std::string::npos) continue;
    const std::string range = line.substr(0, semicolon);
    const auto dots = range.find("..");
    const auto lo =
        static_cast<char32_t>(std::stoul(range.substr(0, dots), nullptr, 16));
    const auto hi = dots == std::string::npos
                        ? lo
                        : static_cast<char32_t>(
                              std::stoul(range.substr(dots + 2), nullptr, 16));
    const auto target = static_cast<char32_t>(
        std::stoul(line.substr(semicolon + 1), nullptr, 16));
    for (char32_t c = lo; c <= hi; ++c) expected[c] = target;
  }
  // The one ideograph that is a glyph variant of its simplified form
  // (Unihan kZVariant and kSimplifiedVariant): 戶 is set as 户.
  expected[0x2F3E] = 0x6237;
  int radicals = 0;
  for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
    const auto it = expected.find(c);
    EXPECT_EQ(unify_radical(c), it == expected.end() ? c : it->second)
        << std::hex << static_cast<unsigned>(c);
    radicals += it != expected.end();
  }
  EXPECT_GT(radicals, 300);
  // Strokes are not radicals and stay as they are.
  EXPECT_EQ(unify_radical(0x31D0), char32_t{0x31D0});
}

}  // namespace
}  // namespace banmian::text
