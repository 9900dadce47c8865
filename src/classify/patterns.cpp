#include "classify/patterns.hpp"

#include <algorithm>

#include <boost/regex/icu.hpp>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::classify {
namespace {

using boost::u32regex;

// Han ideographs (Boost does not know the Han script property).
#define HAN "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{3134F}]"

// Compiles a pattern once; boost regex objects are safe for concurrent
// matching once built.
#define BANMIAN_REGEX(name, pattern)                                   \
  const u32regex& name() {                                             \
    static const u32regex r = boost::make_u32regex(                     \
        std::string(pattern), boost::regex::perl);                      \
    return r;                                                          \
  }

// A month and day in Arabic or Chinese numerals: 5月14日, 一月十三日, 十二月卅一日.
#define MONTH_DAY                                                              \
  "(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月\\s*"                  \
  "(?:\\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|" \
  "廿[一二三四五六七八九]?|卅一?)\\s*日"

// A news source: 本报, 新华社, 长沙晚报, 人民日报海外版; then a place, a
// date, 讯 or 电, and a bracket that may name the reporters.
BANMIAN_REGEX(dateline_re,
              "^(据)?((?:本报|新华社|中新社|中新网|中国新闻网|中通社|人民网|新华网|央视网|央广网|光明网|"
              HAN "{2,6}?(?:日报|晚报|早报|时报|商报|新闻社|通讯社|广播电视台|电视台|新闻网))"
              "(?:特派记者|驻" HAN "{1,8}?记者)?)"
              "(" HAN "{0,10}?)"
              "(" MONTH_DAY ")?(讯|电)"
              "(\\s?[（(][^（）()]{1,60}[）)])?")
// The reporters' lead that follows 本报…电 in older papers: 记者马小川报道：.
BANMIAN_REGEX(report_lead_re, "^\\s?([^。；！？：:（）()]{2,60}?)报道\\s?[：:]")
// Role words of bylines and of the brackets inside datelines.
BANMIAN_REGEX(role_word_re,
              "(全媒体记者|特约记者|特派记者|首席记者|见习记者|记者|通讯员|实习生|评论员|特约撰稿人|撰稿|文并图|图并文|摄影|摄|编辑|整理|供稿)")
// A credit written with a slash: 王小明／文, 文／王小明, 李华／图.
// A name after its slash stops before the next credit's role (文／王小明图／李华).
#define SLASH_NAME_AFTER "(" HAN "{2,4}(?!\\s*[／/])|" HAN "(?:[ \\x{3000}]+" HAN ")+(?!\\s*[／/]))"
#define SLASH_NAME_BEFORE "(" HAN "{2,4}|" HAN "(?:[ \\x{3000}]+" HAN ")+)"
#define SLASH_ROLE "(文字|文图|图文|文|图片|图|摄影|摄)"
BANMIAN_REGEX(slash_credit_re,
              "\\s*(?:" SLASH_ROLE "\\s*[／/]\\s*" SLASH_NAME_AFTER "|" SLASH_NAME_BEFORE "\\s*[／/]\\s*" SLASH_ROLE ")")
BANMIAN_REGEX(qr_re, "^(扫描?二维码|扫码|扫一扫|微信扫|长按识别|手机扫)")
// A photo caption closes on its photographer's credit in brackets
// (……插秧。（本报记者王小明摄）, （李华摄影）). A line that only opens like a
// caption (图为……, 压题照片为……) but names no photographer is the text of a
// picture story, and a credit for a drawing (……示意图（王小明绘）) is text too.
BANMIAN_REGEX(photo_caption_re, "摄影?[）)]$")
// The opening of a picture's text (图为……, 上图：……, 压题照片：……).
BANMIAN_REGEX(picture_text_re, "^(图为|图[一二三四五六七八九\\d][：:、]|[上下左右]图[：:为]|压题照片|照片[：:])")
// A caption's credit with text run into it after the bracket: a name (the
// byline of the article beside it) or a second credit.
BANMIAN_REGEX(credit_then_more_re,
              "^(.{0,158}?摄影?[）)])(" HAN "{2,4}|[（(][^（）()]{1,24}摄影?[）)])$")
// The label or title of a picture story: 图片新闻, 图片报道, or a title
// that says it comes with a picture (河西镇喜降瑞雪（图片）).
BANMIAN_REGEX(photo_news_label_re, "^(图片新闻|新闻图片|图片报道|摄影报道|图片故事|新闻图说|图说新闻)$")
BANMIAN_REGEX(photo_news_title_re, "^[^。；！？，、：]{2,30}[（(]图片[）)]$")
BANMIAN_REGEX(credit_re, "^[（(]?[^，。；：]{0,24}?(摄|摄影|供图|制图|绘)[）)]?$")
// The pieces of a page header (报头): a full date, a weekday, an edition
// (第4版, A05版) or a bare edition code (A05), a lunar date.
BANMIAN_REGEX(header_part_re,
              "((?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*" MONTH_DAY ")"
              "|((?:星期|礼拜|周)[一二三四五六日天])"
              "|(第\\s*(?:\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版|(?<![A-Za-z0-9])[A-Z]\\s*\\d{1,2}\\s*版)"
              "|((?<![A-Za-z0-9])[A-Z]\\d{1,2}(?=\\s|$))"
              "|(农历" HAN "{2,10})")
// The role words of editor lines (责任编辑：赵大伟, 责编 陶然 美编 石磊).
BANMIAN_REGEX(editor_word_re,
              "(责任编辑|责任校对|本版编辑|本版责编|本版主编|本版美编|本版制图|本版设计|美术编辑|图片编辑|责编|美编|"
              "版式设计|版面设计|视觉设计|版式|制图|校对|编辑|排版|组版)")
BANMIAN_REGEX(jump_re, "^[（(](下转|上接|转自|接上|下接|转接|转第|接第)[^）)]{0,20}[）)]$")
BANMIAN_REGEX(series_re, "系列报道|系列评论|系列访谈|专栏|[·•・]|[①②③④⑤⑥⑦⑧⑨⑩]$|之[一二三四五六七八九十]+$|\\s\\d{1,2}$")
// A column named by its genre (记者手记, 评论员观察, 国际视点, 人民时评, 新论).
BANMIAN_REGEX(column_re,
              "^" HAN "{0,4}(手记|札记|观察|时评|短评|快评|述评|锐评|热评|新论|视点|随笔|漫谈|杂谈|纵横|点评|专论)$")

#undef BANMIAN_REGEX
#undef MONTH_DAY
#undef SLASH_NAME_AFTER
#undef SLASH_NAME_BEFORE
#undef SLASH_ROLE

bool search(std::string_view text, const u32regex& r) {
  return boost::u32regex_search(text.begin(), text.end(), r);
}

std::size_t length(std::string_view s) { return text::length(s); }

}  // namespace

namespace {

// True when the bracket after a dateline holds only person names
// (（沈龙生、施春生）): the reporters printed without their role word.
bool is_name_list(std::u32string_view inner) {
  std::u32string token;
  int names = 0;
  auto flush = [&]() {
    if (token.empty()) return true;
    bool ok = looks_like_name(token, 0);
    names += ok ? 1 : 0;
    token.clear();
    return ok;
  };
  for (char32_t c : inner) {
    if (text::is_space(c) || c == U'、' || c == U'，' || c == U',') {
      if (!flush()) return false;
    } else if (text::is_han(c) || c == U'·') {
      token += c;
    } else {
      return false;
    }
  }
  return flush() && names > 0;
}

// True when 电 or 讯 at the end of a dateline is the first character of a
// word instead (本报电话, 新华社电视, 本报讯息).
bool opens_word(std::string_view marker, char32_t next) {
  static constexpr std::u32string_view kAfterDian = U"视话力影子脑池站网器动商费价梯信厂线源台量竞车气缆机路磁能压流报邮讯焊镀";
  static constexpr std::u32string_view kAfterXun = U"息问号";
  if (marker == "电") return kAfterDian.find(next) != std::u32string_view::npos;
  return kAfterXun.find(next) != std::u32string_view::npos;
}

// True when the text between the source and 电/讯 can be a place named
// without a date (本报福州电): two to eight characters and none of the
// words that make it a sentence (本报记者日前电话…, 本报通讯员…).
bool is_bare_place(std::u32string_view place) {
  static constexpr std::u32string_view kNotInPlaces = U"记者员通的了在是和与对从向将已日前今昨据";
  if (place.size() < 2 || place.size() > 8) return false;
  for (char32_t c : place)
    if (kNotInPlaces.find(c) != std::u32string_view::npos) return false;
  return true;
}

// Strips brackets and outer spaces: （记者王珂、郑海鸥） -> 记者王珂、郑海鸥.
std::u32string bracket_inner(std::string_view bracket) {
  std::u32string cps = text::decode(bracket);
  std::size_t a = 0, b = cps.size();
  while (a < b && (text::is_space(cps[a]) || text::is_opener(cps[a]))) ++a;
  while (b > a && (text::is_space(cps[b - 1]) || text::is_closer(cps[b - 1]))) --b;
  return cps.substr(a, b - a);
}

std::optional<Byline> as_byline(const std::string& text) {
  auto byline = match_byline(text);
  if (!byline) return std::nullopt;
  Byline by;
  by.text = text;
  by.role = byline->role;
  by.names = byline->names;
  return by;
}

}  // namespace

std::optional<DatelineMatch> match_dateline(std::string_view text) {
  boost::match_results<std::string_view::const_iterator> m;
  if (!boost::u32regex_search(text.begin(), text.end(), m, dateline_re(),
                              boost::match_continuous))
    return std::nullopt;
  const bool has_date = m[4].matched;
  const std::string marker = m[5].str();
  const std::size_t marker_end = static_cast<std::size_t>(m[5].second - text.begin());
  // 电 or 讯 that opens a word (本报电话) is no dateline.
  std::u32string after = text::decode(text.substr(marker_end, 8));
  if (!has_date && !after.empty() && opens_word(marker, after.front())) return std::nullopt;
  // A place with no date reads as a plain sentence (本报记者日前电话…)
  // unless it is short and could only be a place (本报福州电).
  if (m[3].length() > 0 && !has_date && !is_bare_place(text::decode(m[3].str()))) return std::nullopt;
  DatelineMatch out;
  std::string bracket = m[6].matched ? m[6].str() : std::string();
  std::u32string inner = bracket_inner(bracket);
  bool names_only = false;
  if (!bracket.empty() && !search(bracket, role_word_re())) {
    // A bracket of bare names still names the reporters; any other
    // bracket belongs to the sentence.
    names_only = is_name_list(inner);
    if (!names_only) bracket.clear();
  }
  std::size_t end = marker_end;
  if (!bracket.empty()) end = static_cast<std::size_t>(m[6].second - text.begin());
  out.bytes = end;
  out.dateline.text = std::string(text.substr(0, end));
  // The source is the agency itself, also when the text says 据新华社.
  out.dateline.source = m[2].str();
  out.dateline.date = has_date ? m[4].str() : std::string();
  if (!bracket.empty() && !names_only) out.byline = as_byline(text::encode(inner));
  // 本报兰州1月10日电 记者马小川报道：…
  if (bracket.empty()) {
    boost::match_results<std::string_view::const_iterator> r;
    std::string_view rest = text.substr(end);
    if (boost::u32regex_search(rest.begin(), rest.end(), r, report_lead_re(), boost::match_continuous) &&
        search(r[1].str(), role_word_re())) {
      out.report_byline = as_byline(r[1].str());
    }
  }
  return out;
}

namespace {

bool has_compound_surname(std::u32string_view w) {
  static constexpr std::u32string_view kCompound[] = {U"欧阳", U"司马", U"上官", U"诸葛", U"东方",
                                                       U"皇甫", U"令狐", U"公孙", U"慕容", U"尉迟"};
  for (auto compound : kCompound)
    if (w.size() >= 3 && w.substr(0, 2) == compound) return true;
  return false;
}

bool starts_with_surname(std::u32string_view w) { return !w.empty() && looks_like_name(w.substr(0, std::min<std::size_t>(w.size(), 2)), 0); }

// Splits a run of several names printed without separators (钱友荣郭凯) at
// surnames: chunks of two or three characters, each opening with a surname.
std::vector<std::u32string> split_name_run(std::u32string run) {
  // Agency words glued to a name (孙茂庆新华社) are not names.
  static constexpr std::u32string_view kAgencies[] = {U"新华社", U"中新社", U"本报", U"人民日报"};
  for (bool again = true; again;) {
    again = false;
    for (auto a : kAgencies) {
      if (run.size() > a.size() && run.compare(run.size() - a.size(), a.size(), a) == 0) {
        run.resize(run.size() - a.size());
        again = true;
      }
    }
  }
  if (run.size() <= 4) return {run};
  // Dynamic programme over chunk sizes 3 and 2 (prefer 3: most names have three characters).
  const std::size_t n = run.size();
  std::vector<int> best(n + 1, -1);
  best[n] = 0;
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t len : {3u, 2u}) {
      if (i + len > n || best[i + len] < 0) continue;
      if (!starts_with_surname(std::u32string_view(run).substr(i, len))) continue;
      int score = best[i + len] + (len == 3 ? 2 : 1);
      if (score > best[i]) best[i] = score;
    }
  }
  if (best[0] < 0) return {};
  std::vector<std::u32string> names;
  for (std::size_t i = 0; i < n;) {
    std::size_t take = 0;
    for (std::size_t len : {3u, 2u}) {
      if (i + len <= n && best[i + len] >= 0 && starts_with_surname(std::u32string_view(run).substr(i, len)) &&
          best[i] == best[i + len] + (len == 3 ? 2 : 1)) {
        take = len;
        break;
      }
    }
    if (take == 0) return {};
    names.push_back(run.substr(i, take));
    i += take;
  }
  return names;
}

// True when four characters with no compound surname are two names of two
// characters each (何平罗娟): both halves open with a surname. A single
// surname with three given characters is rare among Han names.
bool is_two_name_pair(std::u32string_view w) {
  return w.size() == 4 && !has_compound_surname(w) && starts_with_surname(w.substr(0, 2)) &&
         starts_with_surname(w.substr(2));
}

}  // namespace

std::vector<std::string> extract_names(std::string_view spaced) {
  // Tokens separated by spaces or 、，; single characters separated by
  // spaces are one padded name (徐　昱).
  std::u32string cps = text::decode(spaced);
  std::vector<std::u32string> tokens;
  std::u32string current;
  auto flush = [&]() {
    if (!current.empty()) tokens.push_back(current);
    current.clear();
  };
  for (char32_t c : cps) {
    if (text::is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'/' || c == U'／') {
      if (c != U' ' && c != U'\u3000') {
        flush();
        tokens.push_back(U"|");  // a hard separator
      } else {
        flush();
      }
    } else if (text::is_han(c) || c == U'·') {
      current += c;
    } else {
      flush();
      tokens.push_back(U"|");
    }
  }
  flush();
  std::vector<std::string> names;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == U"|") continue;
    std::u32string name = tokens[i];
    while (name.size() == 1 && i + 1 < tokens.size() && tokens[i + 1] != U"|" &&
           tokens[i + 1].size() <= 2 && name.size() + tokens[i + 1].size() <= 3) {
      name += tokens[++i];
    }
    if (name.size() == 4 && is_two_name_pair(name)) {
      // Two two-character names printed without a separator (何平罗娟).
      names.push_back(text::encode(name.substr(0, 2)));
      names.push_back(text::encode(name.substr(2)));
    } else if (name.size() >= 2 && name.size() <= 4) {
      names.push_back(text::encode(name));
    } else if (name.size() > 4) {
      for (auto& part : split_name_run(name)) names.push_back(text::encode(part));
    }
  }
  return names;
}

namespace {

// Parses a credit written with slashes (王小明／文 李华／图, 文／王小明):
// every piece of the line must be a name with its role.
std::optional<BylineMatch> match_slash_credit(std::string_view spaced) {
  boost::match_results<std::string_view::const_iterator> m;
  BylineMatch out;
  bool text_author = false;
  auto it = spaced.begin();
  while (it != spaced.end()) {
    auto rest_start = it;
    while (rest_start != spaced.end() && (*rest_start == ' ' || *rest_start == '\t')) ++rest_start;
    if (rest_start == spaced.end()) break;
    if (!boost::u32regex_search(it, spaced.end(), m, slash_credit_re(), boost::match_continuous)) return std::nullopt;
    std::string role = m[1].matched ? m[1].str() : m[4].str();
    std::string names = m[2].matched ? m[2].str() : m[3].str();
    if (role.find("文") != std::string::npos) text_author = true;
    for (auto& n : extract_names(names))
      if (std::find(out.names.begin(), out.names.end(), n) == out.names.end()) out.names.push_back(n);
    it = m[0].second;
  }
  if (out.names.empty()) return std::nullopt;
  // The author of the text (文／) is not necessarily a reporter.
  out.role = text_author ? BylineRole::kOther : BylineRole::kPhotographer;
  return out;
}

}  // namespace

namespace {

// True when the names text of one byline part holds only `name`, bar
// spaces and the agency words around names (本报, 新华社).
bool fills_part(std::string_view names_text, const std::string& name) {
  std::string rest(names_text);
  for (const char* w : {"本报", "新华社"}) {
    for (std::size_t at; (at = rest.find(w)) != std::string::npos;) rest.erase(at, std::string_view(w).size());
  }
  std::size_t at = rest.find(name);
  if (at == std::string::npos) return false;
  rest.erase(at, name.size());
  for (char32_t c : text::decode(rest))
    if (!text::is_space(c)) return false;
  return true;
}

}  // namespace

// True for the words around names in a byline that are not names: the
// agency (本报, 新华社) and the tail of a role (报道, 摄影, 全媒体).
bool is_role_word_residue(const std::string& word) {
  for (const char* w : {"本报", "新华社", "报道", "摄影", "摄影报道", "全媒体", "特约", "首席"})
    if (word == w) return true;
  return false;
}

std::optional<BylineMatch> match_byline(std::string_view spaced) {
  if (length(spaced) > 48) return std::nullopt;
  std::u32string cps = text::decode(spaced);
  for (char32_t c : cps)
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U':') return std::nullopt;
  // The source printed in brackets after a photo credit (王小明摄（新华社发）,
  // 李华 摄影报道（视觉中国）) names an agency, not a person.
  std::string stripped;
  if (cps.size() > 2 && text::is_closer(cps.back())) {
    std::size_t open = cps.size() - 1;
    while (open > 0 && !text::is_opener(cps[open])) --open;
    if (text::is_opener(cps[open]) && open > 0) {
      std::u32string head = cps.substr(0, open);
      while (!head.empty() && text::is_space(head.back())) head.pop_back();
      if (head.find(U'摄') != std::u32string::npos) {
        stripped = text::encode(head);
        spaced = stripped;
      }
    }
  }
  if (auto slash = match_slash_credit(spaced)) return slash;
  boost::match_results<std::string_view::const_iterator> m;
  BylineMatch out;
  bool any = false;
  bool photo = false, correspondent_only = true, intern_only = true;
  std::vector<std::string> names;
  // Walk the role words; the names follow each of them.
  auto it = spaced.begin();
  std::string_view::const_iterator name_start = spaced.end();
  std::vector<std::pair<std::string_view, std::string>> parts;  // (names text, role word)
  std::string role_word;
  std::string unsure;  // a glued name that needs another name on the line
  while (boost::u32regex_search(it, spaced.end(), m, role_word_re())) {
    if (name_start != spaced.end())
      parts.emplace_back(std::string_view(&*name_start, m[0].first - name_start), role_word);
    role_word = m[0].str();
    any = true;
    name_start = m[0].second;
    it = m[0].second;
    if (it == spaced.end()) break;
  }
  if (!any) return std::nullopt;
  if (name_start != spaced.end())
    parts.emplace_back(std::string_view(&*name_start, spaced.end() - name_start), role_word);
  // A line that ends on its only role word (本报评论员) has no part: that
  // word alone says whose line it is.
  if (parts.empty()) {
    correspondent_only = role_word == "通讯员";
    intern_only = role_word == "实习生";
  }
  // The agency that opens the next credit (……王明本报记者……) stands
  // before its role word: it is no part of the names before it.
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    std::string_view& names_text = parts[k].first;
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      while (!names_text.empty() && (names_text.back() == ' ' || names_text.back() == '\t'))
        names_text.remove_suffix(1);
      for (std::string_view agency : {std::string_view("本报"), std::string_view("新华社")})
        if (names_text.size() > agency.size() && names_text.substr(names_text.size() - agency.size()) == agency) {
          names_text.remove_suffix(agency.size());
          trimmed = true;
        }
    }
  }
  // The names follow their role word (记者 贺文兵 通讯员 龙宇); a 摄 anywhere
  // marks the line as a photo credit.
  for (auto& [names_text, word] : parts) {
    std::vector<std::string> found;
    for (auto& n : extract_names(names_text))
      if (!is_role_word_residue(n)) found.push_back(n);
    // A name printed right after its role word (记者王珂) must read as a
    // name; otherwise the line is a sentence (记者昨天获悉).
    std::u32string head = text::decode(names_text.substr(0, 4));
    bool glued = !head.empty() && text::is_han(head.front());
    if (glued && !found.empty() && !looks_like_name(text::decode(found.front()), 0)) {
      // A name without a common surname (a Tibetan or Uygur name, 琼达卓嘎)
      // is still a name when it fills its part alone and another part of
      // the line names a person: a list of credits, not a sentence.
      if (found.size() != 1 || !fills_part(names_text, found.front())) return std::nullopt;
      unsure = found.front();
    }
    for (auto& n : found) names.push_back(n);
    if (word.find("摄") != std::string::npos) photo = true;
    if (word != "通讯员") correspondent_only = false;
    if (word != "实习生") intern_only = false;
  }
  if (spaced.find("摄") != std::string_view::npos) photo = true;
  if (!unsure.empty() && std::none_of(names.begin(), names.end(), [&](const std::string& n) {
        return n != unsure && looks_like_name(text::decode(n), 0);
      }))
    return std::nullopt;
  if (names.empty()) {
    // "邹麟 摄": names precede the role word.
    boost::match_results<std::string_view::const_iterator> first;
    if (boost::u32regex_search(spaced.begin(), spaced.end(), first, role_word_re())) {
      std::string_view before(spaced.data(), first[0].first - spaced.begin());
      for (auto& n : extract_names(before)) names.push_back(n);
    }
  }
  if (photo) out.role = BylineRole::kPhotographer;
  else if (correspondent_only) out.role = BylineRole::kCorrespondent;
  else if (intern_only) out.role = BylineRole::kIntern;
  else if (spaced.find("编辑") != std::string_view::npos && spaced.find("记者") == std::string_view::npos)
    out.role = BylineRole::kEditor;
  else out.role = BylineRole::kReporter;
  // Drop role residue (本报 before 评论员) and duplicates.
  std::vector<std::string> clean;
  for (auto& n : names) {
    if (is_role_word_residue(n)) continue;
    if (std::find(clean.begin(), clean.end(), n) == clean.end()) clean.push_back(n);
  }
  out.names = std::move(clean);
  if (out.names.empty() && spaced.find("评论员") == std::string_view::npos) return std::nullopt;
  return out;
}

bool looks_like_name(std::u32string_view word, long lexicon_frequency) {
  // The commonest surnames (together they cover the great majority of
  // people), and the compound ones that occur in bylines.
  static constexpr std::u32string_view kSurnames =
      U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
      U"匡惠果巨弓井蔺祖凤萧钮荆伊宦阎鞠邰谈湛郁闻贡逄宰郦雍濮扈燕冀郏浦慕茹习戈庾暨弘阙殳沃蔚夔厍晁勾訾阚蒯竺逯桓仉督晋汝鄢钦帅缑亢况琴墨谯笪"
      // Further surnames of the Hundred Family Surnames that are no common
      // word on their own (水, 云, 国, 东 are left out).
      U"傅洪赖丰廉奚禹狄茅裘嵇荀屠鄂宿厉戎郜薄寿宣杭诸封储芮汲邴糜富班束幸韶印索苍莘劳扶堵衡满权盖邸綦亓仝冼粟揭栗昝郗";
  if (word.size() < 2 || word.size() > 4) return false;
  for (char32_t c : word)
    if (!text::is_han(c)) return false;
  bool surname = kSurnames.find(word[0]) != std::u32string_view::npos || has_compound_surname(word);
  if (!surname) return false;
  return lexicon_frequency < 50;
}

bool is_qr_caption(std::string_view text) {
  return length(text) <= 40 && search(text, qr_re());
}

bool is_photo_caption(std::string_view text) {
  return search(text, photo_caption_re());
}

bool opens_picture_text(std::string_view text) { return search(text, picture_text_re()); }

bool is_photo_news_title(std::string_view text) {
  return search(text, photo_news_label_re()) || search(text, photo_news_title_re());
}

std::size_t photo_caption_end(std::string_view text) {
  boost::match_results<std::string_view::const_iterator> m;
  if (!boost::u32regex_search(text.begin(), text.end(), m, credit_then_more_re())) return 0;
  return static_cast<std::size_t>(m[1].second - text.begin());
}

bool is_bare_photo_credit(std::string_view spaced) {
  // A picture agency printed alone under its picture (人民视觉, 视觉中国).
  std::string bare;
  for (char c : spaced)
    if (c != ' ' && c != '\n') bare += c;
  for (const char* agency : {"人民视觉", "视觉中国", "影像中国", "新华社发", "新华社稿", "东方IC", "图虫创意"})
    if (bare == agency || bare == std::string("（") + agency + "）") return true;
  auto b = match_byline(spaced);
  if (!b || b->role != BylineRole::kPhotographer) return false;
  boost::match_results<std::string_view::const_iterator> m;
  for (auto it = spaced.begin(); boost::u32regex_search(it, spaced.end(), m, role_word_re()); it = m[0].second) {
    const std::string word = m[0].str();
    if (word != "摄" && word != "摄影") return false;
  }
  return true;
}

bool is_credit(std::string_view text) {
  return length(text) <= 30 && search(text, credit_re());
}

namespace {

// True when the line is made of editor role words, each followed by names
// (责任编辑：赵大伟 版式设计：钱晶, 责编陶然美编石磊校对孔亮).
bool is_editor_line(std::string_view text) {
  boost::match_results<std::string_view::const_iterator> m;
  if (!boost::u32regex_search(text.begin(), text.end(), m, editor_word_re(), boost::match_continuous))
    return false;
  // Split at the role words; each piece holds the names after one of them.
  std::vector<std::string_view> pieces;
  auto start = m[0].second;
  auto it = start;
  while (boost::u32regex_search(it, text.end(), m, editor_word_re())) {
    pieces.emplace_back(&*start, m[0].first - start);
    start = it = m[0].second;
    if (it == text.end()) break;
  }
  pieces.emplace_back(start == text.end() ? std::string_view() : std::string_view(&*start, text.end() - start));
  for (std::string_view piece : pieces) {
    std::u32string cps = text::decode(piece);
    std::size_t a = 0;
    while (a < cps.size() && text::is_space(cps[a])) ++a;
    bool colon = a < cps.size() && (cps[a] == U'：' || cps[a] == U':');
    if (colon) ++a;
    std::u32string names;
    for (std::size_t i = a; i < cps.size(); ++i) {
      char32_t c = cps[i];
      if (text::is_han(c) || c == U'·') names += c;
      else if (!(text::is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'/' || c == U'／'))
        return false;  // sentence punctuation, digits: not an editor line
    }
    if (names.empty()) return false;
    if (colon) continue;  // after a colon, any short text is a name
    // Without a colon the names must read as names, or the line is a
    // sentence that starts with a role word (编辑部的故事).
    auto run = extract_names(text::encode(names));
    if (run.empty()) return false;
    std::size_t total = 0;
    for (auto& n : run) {
      std::u32string name = text::decode(n);
      if (!looks_like_name(name, 0)) return false;
      total += name.size();
    }
    if (total != names.size()) return false;
  }
  return true;
}

// Returns true for a page header (报头): a date with an edition or a
// weekday (人民日报 1998年1月5日 第2版, 滨江日报 2024年3月8日 星期五 A05),
// or an edition alone (第4版, A05版 要闻), with little else on the line.
bool is_page_header(std::string_view text) {
  std::u32string cps = text::decode(text);
  for (char32_t c : cps)
    if (c == U'。' || c == U'，' || c == U'；' || c == U'！' || c == U'？' || c == U'、' || c == U'“' || c == U'”')
      return false;
  bool date = false, weekday = false, edition = false, code = false;
  std::size_t covered = 0;
  std::size_t longest_rest = 0;  // the longest run of other characters
  std::size_t run = 0;
  std::size_t pos = 0;  // code points of text before the current match
  auto it = text.begin();
  boost::match_results<std::string_view::const_iterator> m;
  auto count_rest = [&](std::string_view gap) {
    for (char32_t c : text::decode(gap)) {
      if (text::is_space(c)) {
        run = 0;
      } else {
        longest_rest = std::max(longest_rest, ++run);
      }
      ++pos;
    }
  };
  while (boost::u32regex_search(it, text.end(), m, header_part_re())) {
    count_rest(std::string_view(&*it, m[0].first - it));
    date |= m[1].matched;
    weekday |= m[2].matched;
    edition |= m[3].matched;
    code |= m[4].matched;
    std::size_t n = length(m[0].str());
    covered += n;
    pos += n;
    run = 0;
    it = m[0].second;
    if (it == text.end()) break;
  }
  if (it != text.end()) count_rest(std::string_view(&*it, text.end() - it));
  std::size_t rest = 0;
  for (char32_t c : cps) rest += text::is_space(c) ? 0 : 1;
  rest -= std::min(rest, covered);
  if (date && (edition || code || weekday)) return rest <= 12 && longest_rest <= 8;
  // An edition with no date: 第4版, A05版 要闻 (a bare code alone is too weak).
  if (edition && !date) return rest <= 6 && longest_rest <= 6;
  return false;
}

}  // namespace

std::string furniture_type(std::string_view text) {
  std::size_t n = length(text);
  if (n <= 40 && is_editor_line(text)) return "editor";
  if (n <= 48 && is_page_header(text)) return "header";
  return "";
}

bool is_jump_line(std::string_view text) {
  return length(text) <= 24 && search(text, jump_re());
}

bool is_genre_column(std::string_view text) { return search(text, column_re()); }

bool looks_like_series(std::string_view text) {
  // A line opening with a dash is a subtitle (——舞剧《醒·狮》的启示).
  if (text.rfind("——", 0) == 0 || text.rfind("—", 0) == 0) return false;
  return (length(text) <= 30 && search(text, series_re())) || search(text, column_re());
}

}  // namespace banmian::classify
