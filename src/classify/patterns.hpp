// Patterns of the furniture of a Chinese news page: datelines, bylines, QR
// and photo captions, credits, page headers, editor lines and jump lines.
// Each detector looks at one Unit's text alone; classify.cpp weighs them
// with the unit's context.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <banmian/banmian.hpp>

namespace banmian::classify {

struct DatelineMatch {
  Dateline dateline;
  std::size_t bytes = 0;  // length of the dateline text at the head of the paragraph
  // Reporters named inside the dateline's brackets (（记者王珂、郑海鸥）).
  // Absent when the bracket names people without a role (（沈龙生、施春生）):
  // those stay in the dateline's text only.
  std::optional<Byline> byline;
  // Reporters of the lead that follows a dateline with no bracket
  // (本报兰州1月10日电 记者马小川报道：); not part of the dateline's text.
  std::optional<Byline> report_byline;
};

// Returns the dateline that opens a paragraph (长沙晚报5月13日讯,
// 新华社北京1月14日电, 本报讯, 本报福州电, 据新华社…电, 中新网北京一月五日电),
// with its bracketed reporters. The source of 据新华社…电 is 新华社.
std::optional<DatelineMatch> match_dateline(std::string_view text);

struct BylineMatch {
  BylineRole role = BylineRole::kReporter;
  std::vector<std::string> names;
};

// Parses a byline line (本报记者 赵志文, 通讯员 蒋会明 蒲鑫, 新华社记者 凡 军摄,
// 记者王珂、郑海鸥, 王小明／文 李华／图, 本报评论员). `spaced` is the text with
// the spaces between words kept. A sentence is no byline (记者昨天获悉…).
std::optional<BylineMatch> match_byline(std::string_view spaced);

// Extracts person names from the part of a byline after its role words.
std::vector<std::string> extract_names(std::string_view spaced);

// True when the word reads as a Chinese person's name: two to four Han
// characters opening with a common surname (single or compound), and not a
// frequent word of the lexicon.
bool looks_like_name(std::u32string_view word, long lexicon_frequency);

// True for a QR caption: 扫二维码 看详细名单, 扫码 了解更多, 扫一扫 看更多.
bool is_qr_caption(std::string_view text);
// True for a photo caption: text closed by its photographer's credit,
// ……（新华社记者刘卫兵摄）. 图为…… without a credit is a picture story's text.
bool is_photo_caption(std::string_view text);
// True for text that opens by pointing at a picture (图为……, 上图：……,
// 压题照片：……): a caption or a picture story's text, never a headline.
bool opens_picture_text(std::string_view text);
// When a photo caption's credit has more text run into it after its bracket
// (……一角。（王小明摄）张华, ……（王小明摄）（李华摄）: a name or a second
// credit), returns the byte length of the caption up to its credit; else 0.
std::size_t photo_caption_end(std::string_view text);
// True for the label or title of a picture story: 图片新闻, 图片报道,
// ……（图片）. Such a line heads an article of its own.
bool is_photo_news_title(std::string_view text);
// True for a photographer's credit that names the photographers and no
// role of theirs (王小明摄（新华社发）, 李华 张明摄影报道, 张华摄影): the line
// printed under a picture, which the paper keeps as a line of the text. A
// credit with a role word (本报记者 王小明摄, 全媒体记者 邹麟 摄) signs the
// article as its byline. A picture agency's name alone (人民视觉, （视觉中国）)
// is such a credit too.
bool is_bare_photo_credit(std::string_view spaced);
// True for a standalone credit: （本报记者杨文道摄）, 邹麟 摄.
bool is_credit(std::string_view text);
// Returns "header" for a page header with a date and an edition or weekday
// (长沙晚报 2025年5月14日 星期三 A03, 第4版), "editor" for editor lines
// (责任编辑：赵大伟, 责编 陶然 美编 石磊), "" otherwise.
std::string furniture_type(std::string_view text);
// True for jump lines such as （下转第四版） or （上接第一版）.
bool is_jump_line(std::string_view text);
// True when the text looks like a series or column label
// (湖南省产业技术创新战略联盟系列报道 5, 经济聚焦·回乡看变化⑤); a line opening
// with a dash is a subtitle, never one.
bool looks_like_series(std::string_view text);
// True when the text is a column's name that names a genre of writing
// (记者手记, 评论员观察, 人民时评): a short label ending on the genre word.
bool is_genre_column(std::string_view text);

}  // namespace banmian::classify
