// Tests of the readers: text, blocks-json, pdftotext-bbox, PDF, sniffing.
#include <gtest/gtest.h>

#include <banmian/banmian.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "read/bbox_layout.hpp"

namespace banmian {
namespace {

Page must_read(std::string_view content, InputFormat format, const Options& options = {}) {
  Result<Page> page = read_page(content, format, options);
  EXPECT_TRUE(page.ok()) << page.status().to_string();
  return page.ok() ? page.value() : Page{};
}

TEST(TextReader, BlocksAreRunsOfLinesSeparatedByBlankLines) {
  Page page = must_read("标题一行\n第二行\n\n正文第一段。\n\n\n\n末段", InputFormat::kText);
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].text, "标题一行\n第二行");
  EXPECT_EQ(page.blocks[1].text, "正文第一段。");
  EXPECT_EQ(page.blocks[2].text, "末段");
  EXPECT_EQ(page.format, InputFormat::kText);
  EXPECT_FALSE(page.blocks[0].bbox.has_value());
}

TEST(TextReader, WhiteSpaceOnlyLinesAreBlank) {
  // A line of ideographic spaces, one of NBSPs and tabs, one of ASCII spaces.
  Page page = must_read("甲\n\u3000\u3000\n乙\n\u00A0\t\n丙\n   \n丁", InputFormat::kText);
  ASSERT_EQ(page.blocks.size(), 4u);
  EXPECT_EQ(page.blocks[3].text, "丁");
}

TEST(TextReader, KeepsLinesAsPrinted) {
  Page page = must_read("\u3000\u3000首行缩进 \n  二行", InputFormat::kText);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "\u3000\u3000首行缩进 \n  二行");
}

TEST(TextReader, HandlesCrlf) {
  Page page = must_read("甲一\r\n甲二\r\n\r\n乙\r\n", InputFormat::kText);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].text, "甲一\n甲二");
  EXPECT_EQ(page.blocks[1].text, "乙");
}

TEST(TextReader, StripsByteOrderMark) {
  Page page = must_read("\xEF\xBB\xBF甲", InputFormat::kText);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "甲");
}

TEST(TextReader, EmptyAndWhiteSpaceInputIsAnEmptyPage) {
  for (std::string_view input : {"", "\n\n", "  \r\n\u3000\n"}) {
    Result<Page> page = read_page(input, InputFormat::kText);
    ASSERT_TRUE(page.ok()) << page.status().to_string();
    EXPECT_TRUE(page->blocks.empty());
  }
  Result<Page> page = read_page("", InputFormat::kAuto);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->blocks.empty());
}

TEST(Readers, InvalidUtf8NamesTheByteOffset) {
  std::string input = "甲乙\n\n";  // 8 bytes
  input += '\xFF';
  for (InputFormat format : {InputFormat::kText, InputFormat::kBlocksJson,
                             InputFormat::kPdftotextBbox}) {
    Result<Page> page = read_page(input, format);
    ASSERT_FALSE(page.ok()) << input_format_name(format);
    EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(page.status().message().find("byte 8"), std::string::npos)
        << page.status().message();
  }
}

TEST(Readers, TooLargeInput) {
  Options options;
  options.max_input_bytes = 10;
  for (InputFormat format : {InputFormat::kText, InputFormat::kBlocksJson,
                             InputFormat::kPdftotextBbox, InputFormat::kPdf}) {
    Result<std::vector<Page>> pages = read_pages("0123456789A", format, options);
    ASSERT_FALSE(pages.ok()) << input_format_name(format);
    EXPECT_EQ(pages.status().code(), StatusCode::kTooLarge);
  }
  EXPECT_TRUE(read_page("0123456789", InputFormat::kText, options).ok());
}

TEST(Readers, TooManyBlocks) {
  Options options;
  options.max_blocks = 2;
  EXPECT_TRUE(read_page("a\n\nb", InputFormat::kText, options).ok());
  Result<Page> text = read_page("a\n\nb\n\nc", InputFormat::kText, options);
  EXPECT_EQ(text.status().code(), StatusCode::kTooLarge);
  Result<Page> json =
      read_page(R"({"blocks":[{"text":"a"},{"text":"b"},{"text":"c"}]})", InputFormat::kBlocksJson,
                options);
  EXPECT_EQ(json.status().code(), StatusCode::kTooLarge);
}

TEST(BlocksJsonReader, ReadsEveryField) {
  Page page = must_read(R"({"page": {"width": 800, "height": 1200.5},
    "blocks": [{"text": "标题", "bbox": [10, 20, 300, 60.5], "font_size": 28, "bold": true, "page": 1},
               {"text": "正文"},
               {"text": "无框", "bbox": null, "font_size": null}]})",
                        InputFormat::kBlocksJson);
  EXPECT_EQ(page.format, InputFormat::kBlocksJson);
  EXPECT_DOUBLE_EQ(page.width, 800);
  EXPECT_DOUBLE_EQ(page.height, 1200.5);
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].text, "标题");
  ASSERT_TRUE(page.blocks[0].bbox.has_value());
  EXPECT_DOUBLE_EQ(page.blocks[0].bbox->x0, 10);
  EXPECT_DOUBLE_EQ(page.blocks[0].bbox->y1, 60.5);
  EXPECT_DOUBLE_EQ(page.blocks[0].font_size, 28);
  EXPECT_TRUE(page.blocks[0].bold);
  EXPECT_EQ(page.blocks[0].page, 1);
  EXPECT_FALSE(page.blocks[1].bbox.has_value());
  EXPECT_EQ(page.blocks[1].font_size, 0);
  EXPECT_FALSE(page.blocks[2].bbox.has_value());
}

TEST(BlocksJsonReader, EmptyInputAndNoBlocksAreEmptyPages) {
  EXPECT_TRUE(must_read("", InputFormat::kBlocksJson).blocks.empty());
  EXPECT_TRUE(must_read(" \n", InputFormat::kBlocksJson).blocks.empty());
  EXPECT_TRUE(must_read(R"({"blocks": []})", InputFormat::kBlocksJson).blocks.empty());
}

TEST(BlocksJsonReader, MalformedJsonNamesThePosition) {
  Result<Page> page = read_page(R"({"blocks": [{"text": "a"},]})", InputFormat::kBlocksJson);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(page.status().message().find("at byte 27"), std::string::npos)
      << page.status().message();
  EXPECT_NE(page.status().message().find("column 27"), std::string::npos)
      << page.status().message();

  Result<Page> truncated = read_page(R"({"blocks": [{"text": "a")", InputFormat::kBlocksJson);
  EXPECT_EQ(truncated.status().code(), StatusCode::kInvalidInput);
}

TEST(BlocksJsonReader, WrongTypesNameTheBlock) {
  struct Case {
    const char* json;
    const char* expect;
  };
  for (const Case& c : {
           Case{R"({"blocks": [{"text": "a"}, {"text": 5}]})", "block 1"},
           Case{R"({"blocks": [{"text": "a"}, {"bbox": [0, 0, 1, 1]}]})", "block 1"},
           Case{R"({"blocks": [{"text": "a", "bbox": [0, 0, 1]}]})", "block 0"},
           Case{R"({"blocks": [{"text": "a"}, {"text": "b"}, {"text": "c", "bbox": [0, "0", 1, 1]}]})",
                "block 2"},
           Case{R"({"blocks": [{"text": "a", "font_size": "big"}]})", "block 0"},
           Case{R"({"blocks": [{"text": "a", "bold": 1}]})", "block 0"},
           Case{R"({"blocks": ["a"]})", "block 0"},
           Case{R"({"blocks": {"text": "a"}})", "\"blocks\""},
           Case{R"([{"text": "a"}])", "top level"},
           Case{R"({"page": [1, 2], "blocks": []})", "\"page\""},
           Case{R"({})", "no \"blocks\""},
           Case{R"({"format": "banmian.article-tree", "articles": []})", "no \"blocks\""},
       }) {
    Result<Page> page = read_page(c.json, InputFormat::kBlocksJson);
    ASSERT_FALSE(page.ok()) << c.json;
    EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput) << c.json;
    EXPECT_NE(page.status().message().find(c.expect), std::string::npos)
        << c.json << " -> " << page.status().message();
  }
}

constexpr const char* kBboxXhtml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>t</title></head>
<body>
<doc>
  <page width="600.000000" height="800.000000">
    <flow>
      <block xMin="10" yMin="10" xMax="200" yMax="60">
        <line xMin="10" yMin="10" xMax="200" yMax="30">
          <word xMin="10" yMin="10" xMax="50" yMax="30">人民日报</word>
          <word xMin="60" yMin="10" xMax="120" yMax="30">1998年1月5日</word>
          <word xMin="130" yMin="10" xMax="150" yMax="30">第1版</word>
        </line>
        <line xMin="10" yMin="40" xMax="200" yMax="52">
          <word xMin="10" yMin="40" xMax="50" yMax="52">中文</word>
          <word xMin="60" yMin="40" xMax="100" yMax="52">“引号”</word>
          <word xMin="110" yMin="40" xMax="200" yMax="52">AT&amp;T</word>
          <word xMin="110" yMin="40" xMax="200" yMax="52">Inc.</word>
        </line>
        <line xMin="10" yMin="53" xMax="200" yMax="60">
          <word xMin="10" yMin="53" xMax="50" yMax="60">三</word>
        </line>
      </block>
    </flow>
    <flow>
      <block xMin="300" yMin="100" xMax="400" yMax="120">
        <line xMin="300" yMin="100" xMax="400" yMax="110"><word xMin="300" yMin="100" xMax="400" yMax="110">第二块</word></line>
      </block>
      <block xMin="300" yMin="130" xMax="400" yMax="140"></block>
    </flow>
  </page>
  <page width="600.000000" height="800.000000">
    <flow>
      <block xMin="1" yMin="2" xMax="3" yMax="4">
        <line xMin="1" yMin="2" xMax="3" yMax="4"><word xMin="1" yMin="2" xMax="3" yMax="4">次页</word></line>
      </block>
    </flow>
  </page>
</doc>
</body>
</html>
)";

// Returns the page's text with all white space removed, blocks in order.
std::string page_text_without_space(const Page& page) {
  std::string out;
  for (const Block& b : page.blocks)
    for (char c : b.text)
      if (c != ' ' && c != '\n') out += c;
  return out;
}

TEST(PdftotextBboxReader, ReadsPagesAndRebuildsBlocksFromWords) {
  Result<std::vector<Page>> pages = read_pages(kBboxXhtml, InputFormat::kPdftotextBbox);
  ASSERT_TRUE(pages.ok()) << pages.status().to_string();
  ASSERT_EQ(pages->size(), 2u);
  const Page& first = (*pages)[0];
  EXPECT_EQ(first.format, InputFormat::kPdftotextBbox);
  EXPECT_DOUBLE_EQ(first.width, 600);
  EXPECT_DOUBLE_EQ(first.height, 800);
  // Blocks are rebuilt from the words' geometry (src/layout); every word
  // lands once, in reading order from the top.
  std::string all = page_text_without_space(first);
  EXPECT_EQ(all.find("人民日报"), 0u) << all;
  for (const char* word : {"1998年1月5日", "第1版", "中文", "“引号”", "AT&T", "Inc.", "三", "第二块"})
    EXPECT_NE(all.find(word), std::string::npos) << word << " in " << all;
  for (const Block& b : first.blocks) {
    EXPECT_TRUE(b.bbox.has_value());
    EXPECT_GT(b.font_size, 0);
  }
  ASSERT_EQ((*pages)[1].blocks.size(), 1u);
  EXPECT_EQ((*pages)[1].blocks[0].text, "次页");
  EXPECT_EQ((*pages)[1].blocks[0].page, 1);

  // read_page returns the first page.
  Result<Page> page = read_page(kBboxXhtml, InputFormat::kAuto);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page_text_without_space(*page), all);
}

TEST(PdftotextBboxReader, KeepsFlowsInTheLayout) {
  Result<std::vector<detail::LayoutPage>> layout = detail::parse_bbox_layout(kBboxXhtml);
  ASSERT_TRUE(layout.ok());
  ASSERT_EQ((*layout)[0].blocks.size(), 2u);
  EXPECT_EQ((*layout)[0].blocks[0].flow, 0);
  EXPECT_EQ((*layout)[0].blocks[1].flow, 1);
  EXPECT_EQ((*layout)[0].blocks[0].lines[0].words.size(), 3u);
}

TEST(PdftotextBboxReader, MalformedXmlNamesTheOffset) {
  std::string xhtml = "<html><body><doc><page width=\"1\"><block></page></doc></body></html>";
  Result<Page> page = read_page(xhtml, InputFormat::kPdftotextBbox);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(page.status().message().find("at byte "), std::string::npos) << page.status().message();
}

TEST(PdftotextBboxReader, EmptyDocumentIsOneEmptyPage) {
  Result<std::vector<Page>> pages =
      read_pages("<html><body><doc></doc></body></html>", InputFormat::kPdftotextBbox);
  ASSERT_TRUE(pages.ok());
  ASSERT_EQ(pages->size(), 1u);
  EXPECT_TRUE(pages->front().blocks.empty());
}

TEST(PdftotextBboxReader, ReadsADevPage) {
  std::string path =
      std::string(BANMIAN_SHARED_DIR) + "/corpus/dev-pdf/devpdf1998-19980105-p01.bbox.html";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "no " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  EXPECT_EQ(sniff_input_format(content), InputFormat::kPdftotextBbox);
  Result<Page> page = read_page(content, InputFormat::kAuto);
  ASSERT_TRUE(page.ok()) << page.status().to_string();
  // Blocks are rebuilt from the words: every word once, the header first.
  Result<std::vector<detail::LayoutPage>> layout = detail::parse_bbox_layout(content);
  ASSERT_TRUE(layout.ok());
  std::size_t word_bytes = 0;
  for (const auto& block : (*layout)[0].blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) word_bytes += word.text.size();
  EXPECT_EQ(page_text_without_space(*page).size(), word_bytes);
  ASSERT_FALSE(page->blocks.empty());
  EXPECT_EQ(page->blocks[0].text.rfind("人民日报", 0), 0u) << page->blocks[0].text;
}

TEST(PdfReader, MissingProgramIsUnavailable) {
  std::string path = std::string(BANMIAN_SOURCE_DIR) + "/CMakeLists.txt";
  Options options;
  options.pdftotext_path = "banmian-no-such-pdftotext";
  Result<std::vector<Page>> pages = read_pdf(path, options);
  ASSERT_FALSE(pages.ok());
  EXPECT_EQ(pages.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(pages.status().message().find("not found; install poppler-utils"), std::string::npos)
      << pages.status().message();
}

TEST(PdfReader, MissingFileIsAnIoError) {
  Result<std::vector<Page>> pages = read_pdf("/nonexistent/banmian.pdf");
  EXPECT_EQ(pages.status().code(), StatusCode::kIoError);
}

TEST(PdfReader, FailingProgramIsAnIoErrorWithItsMessage) {
  if (!std::filesystem::exists("/usr/bin/pdftotext")) GTEST_SKIP() << "no pdftotext";
  // Not a PDF: pdftotext exits nonzero and says why on stderr.
  std::string path = std::string(BANMIAN_SOURCE_DIR) + "/CMakeLists.txt";
  Result<std::vector<Page>> pages = read_pdf(path);
  ASSERT_FALSE(pages.ok());
  EXPECT_EQ(pages.status().code(), StatusCode::kIoError);
  EXPECT_NE(pages.status().message().find("exit"), std::string::npos) << pages.status().message();
}

TEST(PdfReader, ReadsADevPdf) {
  std::string path = std::string(BANMIAN_SHARED_DIR) + "/corpus/dev-pdf/devpdf1998-19980105-p01.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  if (!std::filesystem::exists("/usr/bin/pdftotext")) GTEST_SKIP() << "no pdftotext";
  Result<std::vector<Page>> pages = read_pdf(path);
  ASSERT_TRUE(pages.ok()) << pages.status().to_string();
  ASSERT_EQ(pages->size(), 1u);
  EXPECT_EQ(pages->front().format, InputFormat::kPdf);
  EXPECT_EQ(pages->front().name, "devpdf1998-19980105-p01.pdf");
  ASSERT_FALSE(pages->front().blocks.empty());
  EXPECT_EQ(pages->front().blocks[0].text, "人民日报 1998年1月5日第1版");

  // The same bytes through read_pages (a temporary file).
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  Result<std::vector<Page>> again = read_pages(buffer.str(), InputFormat::kAuto);
  ASSERT_TRUE(again.ok()) << again.status().to_string();
  EXPECT_EQ(again->front().blocks.size(), pages->front().blocks.size());
}

TEST(Sniff, RecognisesEveryFormat) {
  EXPECT_EQ(sniff_input_format("%PDF-1.7\n..."), InputFormat::kPdf);
  EXPECT_EQ(sniff_input_format("{\"blocks\": []}"), InputFormat::kBlocksJson);
  EXPECT_EQ(sniff_input_format("\xEF\xBB\xBF \n {}"), InputFormat::kBlocksJson);
  EXPECT_EQ(sniff_input_format(kBboxXhtml), InputFormat::kPdftotextBbox);
  EXPECT_EQ(sniff_input_format("<!DOCTYPE html><html><body><doc><page>"),
            InputFormat::kPdftotextBbox);
  EXPECT_EQ(sniff_input_format("<html><body><p>hello</p></body></html>"), InputFormat::kText);
  EXPECT_EQ(sniff_input_format("人民日报\n\n正文"), InputFormat::kText);
  EXPECT_EQ(sniff_input_format(""), InputFormat::kText);
  EXPECT_EQ(sniff_input_format("[1]"), InputFormat::kText);
}

TEST(InputFormatNames, RoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kBlocksJson,
                        InputFormat::kPdftotextBbox, InputFormat::kPdf}) {
    EXPECT_EQ(parse_input_format(input_format_name(f)), f);
  }
  EXPECT_EQ(std::string(input_format_name(InputFormat::kBlocksJson)), "blocks-json");
  EXPECT_EQ(std::string(input_format_name(InputFormat::kPdftotextBbox)), "pdftotext-bbox");
  EXPECT_FALSE(parse_input_format("json").has_value());
}

TEST(JoinWords, SpacesOnlyOutsideCjk) {
  using detail::LayoutWord;
  auto join = [](std::vector<std::string> texts) {
    std::vector<LayoutWord> words;
    for (auto& t : texts) words.push_back(LayoutWord{t, {}});
    return detail::join_words(words);
  };
  EXPECT_EQ(join({"中国", "人民"}), "中国人民");
  EXPECT_EQ(join({"中国", "GDP"}), "中国 GDP");
  EXPECT_EQ(join({"hello", "world"}), "hello world");
  EXPECT_EQ(join({"记者", "（", "北京"}), "记者（北京");
  EXPECT_EQ(join({"５月", "１３日"}), "５月１３日");
  EXPECT_EQ(join({"", "甲"}), "甲");
}

}  // namespace
}  // namespace banmian
