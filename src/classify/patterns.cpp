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

// A news source: 本报, 新华社, 长沙晚报, 人民日报海外版.
BANMIAN_REGEX(dateline_re,
              "^(据)?((?:本报|新华社|中新社|中通社|人民网|新华网|央视网|" HAN "{2,6}?(?:日报|晚报|早报|时报|商报|新闻社|通讯社|广播电视台|电视台))"
              "(?:特派记者|驻" HAN "{1,8}?记者)?)"
              "(" HAN "{0,10}?)"
              "(\\d{1,2}月\\d{1,2}日)?(讯|电)"
              "(\\s?[（(][^（）()]{1,60}[）)])?")
// A bracket of reporters inside a dateline.
BANMIAN_REGEX(role_word_re,
              "(全媒体记者|特约记者|特派记者|首席记者|见习记者|记者|通讯员|实习生|评论员|特约撰稿人|撰稿|摄影|摄|编辑|整理|供稿)")
BANMIAN_REGEX(qr_re, "^(扫描?二维码|扫码|扫一扫|微信扫|长按识别|手机扫)")
BANMIAN_REGEX(photo_caption_re, "^(图为|图[一二三四五六七八九\\d]|上图|下图|左图|右图|压题照片|照片)|摄[）)]$|摄影[）)]$")
BANMIAN_REGEX(credit_re, "^[（(]?[^，。；：]{0,24}?(摄|摄影|供图|制图|绘)[）)]?$")
BANMIAN_REGEX(header_re, "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*第?\\s*[\\dA-Za-z一二三四五六七八九十]+\\s*版|^第?\\s*[A-Z]?\\d+\\s*版")
BANMIAN_REGEX(editor_re, "^(责任编辑|责编|美编|版式设计|版面设计|制图|校对|图片编辑|本版编辑|本版责编|本版主编|编辑)\\s*[：:]")
BANMIAN_REGEX(jump_re, "^[（(](下转|上接|转自|接上|下接|转接|转第|接第)[^）)]{0,20}[）)]$")
BANMIAN_REGEX(series_re, "系列报道|系列评论|系列访谈|专栏|[·•・]|[①②③④⑤⑥⑦⑧⑨⑩]$|之[一二三四五六七八九十]+$|\\s\\d{1,2}$")

#undef BANMIAN_REGEX

bool search(std::string_view text, const u32regex& r) {
  return boost::u32regex_search(text.begin(), text.end(), r);
}

std::size_t length(std::string_view s) { return text::length(s); }

}  // namespace

std::optional<DatelineMatch> match_dateline(std::string_view text) {
  boost::match_results<std::string_view::const_iterator> m;
  if (!boost::u32regex_search(text.begin(), text.end(), m, dateline_re(),
                              boost::match_continuous))
    return std::nullopt;
  // A place with no date reads as a plain sentence (新华社北京记者…): only
  // accept a place when a date follows it, and 本报讯 / 新华社电 without one.
  bool has_date = m[4].matched;
  if (m[3].length() > 0 && !has_date) return std::nullopt;
  DatelineMatch out;
  std::string source = m[2].str();
  std::string bracket = m[6].matched ? m[6].str() : std::string();
  if (!bracket.empty() && !search(bracket, role_word_re())) {
    bracket.clear();  // a bracket that names no reporter belongs to the sentence
  }
  std::size_t end = static_cast<std::size_t>(m[5].second - text.begin());
  if (!bracket.empty()) end = static_cast<std::size_t>(m[6].second - text.begin());
  out.bytes = end;
  out.dateline.text = std::string(text.substr(0, end));
  out.dateline.source = m[1].matched ? m[1].str() + source : source;
  out.dateline.date = has_date ? m[4].str() : std::string();
  if (!bracket.empty()) {
    // Strip the brackets and leading space: （记者王珂、郑海鸥） -> 记者王珂、郑海鸥
    std::u32string cps = text::decode(bracket);
    std::size_t a = 0, b = cps.size();
    while (a < b && (text::is_space(cps[a]) || text::is_opener(cps[a]))) ++a;
    while (b > a && text::is_closer(cps[b - 1])) --b;
    std::string inner = text::encode(std::u32string_view(cps).substr(a, b - a));
    if (auto byline = match_byline(inner)) {
      Byline by;
      by.text = inner;
      by.role = byline->role;
      by.names = byline->names;
      out.byline = std::move(by);
    }
  }
  return out;
}

namespace {

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
    if (text::is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'/') {
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
    if (name.size() >= 2 && name.size() <= 4) {
      names.push_back(text::encode(name));
    } else if (name.size() > 4) {
      for (auto& part : split_name_run(name)) names.push_back(text::encode(part));
    }
  }
  return names;
}

std::optional<BylineMatch> match_byline(std::string_view spaced) {
  if (length(spaced) > 48) return std::nullopt;
  std::u32string cps = text::decode(spaced);
  for (char32_t c : cps)
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：') return std::nullopt;
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
  // The names follow their role word (记者 贺文兵 通讯员 龙宇); a 摄 anywhere
  // marks the line as a photo credit.
  for (auto& [names_text, word] : parts) {
    for (auto& n : extract_names(names_text)) names.push_back(n);
    if (word.find("摄") != std::string::npos) photo = true;
    if (word != "通讯员") correspondent_only = false;
    if (word != "实习生") intern_only = false;
  }
  if (spaced.find("摄") != std::string_view::npos) photo = true;
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
  // Drop agency words caught as names (本报, 新华社) and duplicates.
  std::vector<std::string> clean;
  for (auto& n : names) {
    if (n == "本报" || n == "新华社" || n == "报道" || n == "摄影" || n == "全媒体" || n == "特约") continue;
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
      U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
  static constexpr std::u32string_view kCompound[] = {U"欧阳", U"司马", U"上官", U"诸葛", U"东方",
                                                       U"皇甫", U"令狐", U"公孙", U"慕容", U"尉迟"};
  if (word.size() < 2 || word.size() > 4) return false;
  for (char32_t c : word)
    if (!text::is_han(c)) return false;
  bool surname = kSurnames.find(word[0]) != std::u32string_view::npos;
  for (auto compound : kCompound)
    if (word.size() >= 3 && word.substr(0, 2) == compound) surname = true;
  if (!surname) return false;
  return lexicon_frequency < 50;
}

bool is_qr_caption(std::string_view text) {
  return length(text) <= 40 && search(text, qr_re());
}

bool is_photo_caption(std::string_view text) {
  return search(text, photo_caption_re());
}

bool is_credit(std::string_view text) {
  return length(text) <= 30 && search(text, credit_re());
}

std::string furniture_type(std::string_view text) {
  std::size_t n = length(text);
  if (n <= 40 && search(text, editor_re())) {
    return "editor";
  }
  if (n <= 48 && search(text, header_re())) return "header";
  return "";
}

bool is_jump_line(std::string_view text) {
  return length(text) <= 24 && search(text, jump_re());
}

bool looks_like_series(std::string_view text) {
  return length(text) <= 30 && search(text, series_re());
}

}  // namespace banmian::classify
