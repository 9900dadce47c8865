// Tests of the lexicon: the embedded built-in word list, user files, and the
// spanning-word evidence used to join fragments.
#include "text/lexicon.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "text/utf8.hpp"

namespace banmian::text {
namespace {

TEST(Lexicon, BuiltinLoadsOnceAndQuickly) {
  const auto start = std::chrono::steady_clock::now();
  const Result<Lexicon> lexicon = Lexicon::builtin();
  const double ms = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start)
                        .count();
  std::cout << "Lexicon::builtin(): " << ms << " ms, "
            << (lexicon.ok() ? lexicon->size() : 0) << " words\n";
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  EXPECT_GT(lexicon->size(), 100000u);
  EXPECT_LT(
      ms, 1000.0);  // about 30 ms in Release; generous for Debug and sanitizers
  EXPECT_EQ(lexicon->max_word_length(), 8u);
  const auto again = std::chrono::steady_clock::now();
  EXPECT_EQ(Lexicon::builtin()->size(), lexicon->size());
  const double second_ms = std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - again)
                               .count();
  EXPECT_LT(second_ms, 5.0);  // parsed once
}

TEST(Lexicon, BuiltinIsTheDataFile) {
  const Result<Lexicon> file =
      Lexicon::load(BANMIAN_SOURCE_DIR "/data/lexicon.txt");
  ASSERT_TRUE(file.ok()) << file.status().to_string();
  EXPECT_EQ(file->size(), Lexicon::builtin()->size());
}

TEST(Lexicon, BuiltinWords) {
  const Lexicon lexicon = Lexicon::builtin().value();
  EXPECT_TRUE(lexicon.contains(U"能源"));
  EXPECT_TRUE(lexicon.contains(U"大学生"));
  EXPECT_TRUE(lexicon.contains(U"年"));
  EXPECT_FALSE(lexicon.contains(U"杉能"));
  EXPECT_FALSE(lexicon.contains(U""));
  EXPECT_FALSE(lexicon.contains(U"2023"));
  EXPECT_GT(lexicon.frequency(U"能源"), 1000);
  EXPECT_EQ(lexicon.frequency(U"不是一个词语吧"), 0);
  EXPECT_EQ(lexicon.tag(U"能源"), "n");
  EXPECT_EQ(lexicon.tag(U"长沙"), "ns");
  EXPECT_EQ(lexicon.tag(U"不是一个词语吧"), "");
  EXPECT_GT(lexicon.log_probability(U"的"), lexicon.log_probability(U"能源"));
  EXPECT_GT(lexicon.log_probability(U"能源"),
            lexicon.log_probability(U"不是一个词语吧"));
  EXPECT_LT(lexicon.log_probability(U"的"), 0.0);
}

TEST(Lexicon, BuiltinSpanningWords) {
  const Lexicon lexicon = Lexicon::builtin().value();
  EXPECT_GE(lexicon.spanning_word_frequency(U"杉杉能", U"源"),
            lexicon.frequency(U"能源"));
  EXPECT_GT(lexicon.spanning_word_frequency(U"国内外共有9928个大", U"学生项目"),
            0);
  EXPECT_EQ(lexicon.spanning_word_frequency(U"杉杉能\n", U"  源"),
            lexicon.spanning_word_frequency(U"杉杉能",
                                            U"源"));  // white space ignored
  EXPECT_EQ(lexicon.spanning_word_frequency(U"2023", U"年"),
            0);  // numbers are not words
  EXPECT_EQ(lexicon.spanning_word_frequency(U"", U"源"), 0);
  EXPECT_EQ(lexicon.spanning_word_frequency(U"能", U""), 0);
}

TEST(Lexicon, ParsesUserFiles) {
  const Result<Lexicon> lexicon = Lexicon::parse(
      "\xEF\xBB\xBF# my archive\n"
      "能源 10 n\r\n"
      "\n"
      "杉杉\t5\tnz\n"
      "源头 3\n"
      "  \n"
      "能源 12 n\n"  // a later line wins
      "iPhone 2",
      "user.txt");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  EXPECT_EQ(lexicon->size(), 4u);
  EXPECT_EQ(lexicon->frequency(U"能源"), 12);
  EXPECT_EQ(lexicon->tag(U"杉杉"), "nz");
  EXPECT_EQ(lexicon->tag(U"源头"), "");
  EXPECT_TRUE(lexicon->contains(U"iPhone"));
  EXPECT_EQ(lexicon->max_word_length(), 6u);
  EXPECT_DOUBLE_EQ(lexicon->log_probability(U"能源"), std::log(12.0 / 22.0));
  EXPECT_EQ(lexicon->spanning_word_frequency(U"杉杉能", U"源"), 12);
  EXPECT_EQ(lexicon->spanning_word_frequency(U"能", U"源头"),
            12);  // 能源; 能源头 is absent
  EXPECT_EQ(lexicon->spanning_word_frequency(U"杉杉", U"能源"),
            0);  // neither word spans the cut
  EXPECT_EQ(lexicon->spanning_word_frequency(U"源", U"头"), 3);
}

TEST(Lexicon, LongUserWordsSpanCuts) {
  const std::u32string word(40, U'长');
  const Result<Lexicon> lexicon =
      Lexicon::parse(encode(word) + " 9\n长沙 4\n", "long.txt");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  EXPECT_EQ(lexicon->max_word_length(), 40u);
  const std::u32string left = U"前" + std::u32string(25, U'长');
  const std::u32string right = std::u32string(15, U'长') + U"后";
  EXPECT_EQ(lexicon->spanning_word_frequency(left, right), 9);
  EXPECT_EQ(lexicon->spanning_word_frequency(U"长", U"沙"), 4);
  EXPECT_EQ(lexicon->spanning_word_frequency(U"前", right), 0);
}

TEST(Lexicon, EmptyFileIsAnEmptyLexicon) {
  const Result<Lexicon> lexicon = Lexicon::parse("# nothing\n", "empty.txt");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(lexicon->size(), 0u);
  EXPECT_FALSE(lexicon->contains(U"能源"));
  EXPECT_EQ(lexicon->spanning_word_frequency(U"能", U"源"), 0);
  EXPECT_TRUE(std::isfinite(lexicon->log_probability(U"能源")));
}

void expect_invalid(std::string_view data, std::string_view where) {
  const Result<Lexicon> lexicon = Lexicon::parse(data, "user.txt");
  ASSERT_FALSE(lexicon.ok()) << data;
  EXPECT_EQ(lexicon.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(lexicon.status().message().find(where), std::string::npos)
      << lexicon.status().message();
}

TEST(Lexicon, BadLinesNameTheirNumber) {
  expect_invalid("能源 10 n\n坏 行 x y\n", "user.txt:2:");
  expect_invalid("能源 10\n\n# c\n源头 many\n", "user.txt:4:");
  expect_invalid("能源\n", "user.txt:1:");
  expect_invalid("能源 -3\n", "user.txt:1:");
  expect_invalid("能源 12abc\n", "user.txt:1:");
  expect_invalid("能源 99999999999999999999999\n", "user.txt:1:");
  expect_invalid("能源 10\n源\xFF 3\n", "user.txt:2: invalid UTF-8");
  expect_invalid("能源 10\n源\u3000头 3\n", "user.txt:2:");
}

TEST(Lexicon, LoadsFilesAndReportsErrors) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto good = dir / "banmian_lexicon_test_good.txt";
  const auto bad = dir / "banmian_lexicon_test_bad.txt";
  std::ofstream(good) << "能源 10 n\n";
  std::ofstream(bad) << "能源 10 n\n源头 three\n";
  const Result<Lexicon> ok = Lexicon::load(good.string());
  ASSERT_TRUE(ok.ok()) << ok.status().to_string();
  EXPECT_EQ(ok->frequency(U"能源"), 10);
  const Result<Lexicon> error = Lexicon::load(bad.string());
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(error.status().message().find(bad.string() + ":2:"),
            std::string::npos)
      << error.status().message();
  const Result<Lexicon> missing =
      Lexicon::load((dir / "banmian_no_such_lexicon.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  std::filesystem::remove(good);
  std::filesystem::remove(bad);
}

TEST(Lexicon, BuiltinIsSafeFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<long> found(8);
  for (std::size_t i = 0; i < found.size(); ++i) {
    threads.emplace_back([&found, i] {
      const Result<Lexicon> lexicon = Lexicon::builtin();
      found[i] = lexicon.ok()
                     ? lexicon->spanning_word_frequency(U"杉杉能", U"源")
                     : -1;
    });
  }
  for (auto& t : threads) t.join();
  for (long f : found) EXPECT_EQ(f, found[0]);
  EXPECT_GT(found[0], 0);
}

}  // namespace
}  // namespace banmian::text
