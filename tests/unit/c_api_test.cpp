// Tests of the C ABI (include/banmian/banmian.h): return codes, per-thread
// error messages, NULL arguments and ownership.

#include <banmian/banmian.h>

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <thread>

#include <banmian/banmian.hpp>

namespace {

// Owns an engine for one test.
class CApiTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(bm_engine_new(nullptr, &engine_), BM_OK) << bm_last_error(); }
  void TearDown() override { bm_engine_free(engine_); }

  // Recovers input and returns the JSON, or fails the test.
  std::string recover_ok(const std::string& input, const char* format = "text") {
    char* json = nullptr;
    std::size_t len = 0;
    const int rc = bm_recover(engine_, input.data(), input.size(), format, &json, &len);
    EXPECT_EQ(rc, BM_OK) << bm_last_error();
    if (rc != BM_OK) return {};
    EXPECT_NE(json, nullptr);
    EXPECT_EQ(std::strlen(json), len);
    std::string result(json, len);
    bm_string_free(json);
    return result;
  }

  bm_engine* engine_ = nullptr;
};

TEST(CApi, CodesAreNegatedStatusCodes) {
  EXPECT_EQ(BM_OK, -static_cast<int>(banmian::StatusCode::kOk));
  EXPECT_EQ(BM_EINVALID_INPUT, -static_cast<int>(banmian::StatusCode::kInvalidInput));
  EXPECT_EQ(BM_ETOO_LARGE, -static_cast<int>(banmian::StatusCode::kTooLarge));
  EXPECT_EQ(BM_EINVALID_OPTIONS, -static_cast<int>(banmian::StatusCode::kInvalidOptions));
  EXPECT_EQ(BM_EIO, -static_cast<int>(banmian::StatusCode::kIoError));
  EXPECT_EQ(BM_EUNAVAILABLE, -static_cast<int>(banmian::StatusCode::kUnavailable));
  EXPECT_EQ(BM_EINTERNAL, -static_cast<int>(banmian::StatusCode::kInternal));
}

TEST(CApi, VersionMatchesTheHeader) { EXPECT_STREQ(bm_version(), BANMIAN_VERSION_STRING); }

TEST_F(CApiTest, RecoversAPage) {
  const std::string json = recover_ok(
      "联盟牵线，星球石墨在长建研发中心\n\n"
      "推动科技创新和产业创新深度融合必须聚焦完善现代化产业体系。\n");
  EXPECT_NE(json.find("\"format\":\"banmian.article-tree\""), std::string::npos) << json;
  EXPECT_NE(json.find("推动科技创新"), std::string::npos) << json;
}

TEST_F(CApiTest, EmptyInputIsAnEmptyTree) {
  char* json = nullptr;
  std::size_t len = 0;
  ASSERT_EQ(bm_recover(engine_, nullptr, 0, nullptr, &json, &len), BM_OK) << bm_last_error();
  const std::string result(json, len);
  bm_string_free(json);
  EXPECT_NE(result.find("\"articles\":[]"), std::string::npos) << result;
}

TEST_F(CApiTest, OutLenMayBeNull) {
  char* json = nullptr;
  ASSERT_EQ(bm_recover(engine_, "正文", std::strlen("正文"), "text", &json, nullptr), BM_OK);
  EXPECT_NE(json, nullptr);
  bm_string_free(json);
}

TEST_F(CApiTest, InvalidUtf8NamesTheByteOffset) {
  const std::string input = std::string("标题\n\n正文") + "\xff" + "结束";
  const std::size_t offset = std::strlen("标题\n\n正文");  // 14
  char* json = nullptr;
  std::size_t len = 99;
  const int rc = bm_recover(engine_, input.data(), input.size(), "text", &json, &len);
  EXPECT_EQ(rc, BM_EINVALID_INPUT);
  EXPECT_EQ(json, nullptr) << "outputs are written only on success";
  EXPECT_EQ(len, 99u);
  EXPECT_NE(std::string(bm_last_error()).find(std::to_string(offset)), std::string::npos)
      << bm_last_error();
}

TEST_F(CApiTest, MalformedBlocksJsonIsInvalidInput) {
  char* json = nullptr;
  const char input[] = "{\"blocks\": [{\"text\": ";
  EXPECT_EQ(bm_recover(engine_, input, sizeof input - 1, "blocks-json", &json, nullptr),
            BM_EINVALID_INPUT);
  EXPECT_STRNE(bm_last_error(), "");
}

TEST_F(CApiTest, UnknownInputFormatIsInvalidInput) {
  char* json = nullptr;
  EXPECT_EQ(bm_recover(engine_, "x", 1, "docx", &json, nullptr), BM_EINVALID_INPUT);
  EXPECT_NE(std::string(bm_last_error()).find("docx"), std::string::npos) << bm_last_error();
}

TEST(CApi, TooLargeInput) {
  bm_engine* engine = nullptr;
  ASSERT_EQ(bm_engine_new("{\"max_input_bytes\": 10}", &engine), BM_OK) << bm_last_error();
  const std::string input = "这一段正文超过了十个字节。";
  char* json = nullptr;
  EXPECT_EQ(bm_recover(engine, input.data(), input.size(), "text", &json, nullptr),
            BM_ETOO_LARGE);
  EXPECT_EQ(json, nullptr);
  bm_engine_free(engine);
}

TEST(CApi, EmptyOptionsAreDefaults) {
  bm_engine* engine = nullptr;
  ASSERT_EQ(bm_engine_new("", &engine), BM_OK) << bm_last_error();
  EXPECT_NE(engine, nullptr);
  bm_engine_free(engine);
}

TEST(CApi, BadOptionsAreInvalidOptions) {
  bm_engine* engine = nullptr;
  EXPECT_EQ(bm_engine_new("{\"no_such_option\": 1}", &engine), BM_EINVALID_OPTIONS);
  EXPECT_EQ(engine, nullptr);
  EXPECT_EQ(bm_engine_new("{not json", &engine), BM_EINVALID_OPTIONS);
  EXPECT_EQ(engine, nullptr);
  EXPECT_STRNE(bm_last_error(), "");
}

TEST(CApi, NullArguments) {
  EXPECT_EQ(bm_engine_new(nullptr, nullptr), BM_EINVALID_INPUT);
  EXPECT_NE(std::string(bm_last_error()).find("out"), std::string::npos);

  char* json = nullptr;
  EXPECT_EQ(bm_recover(nullptr, "x", 1, "text", &json, nullptr), BM_EINVALID_INPUT);
  EXPECT_NE(std::string(bm_last_error()).find("engine"), std::string::npos);

  bm_engine* engine = nullptr;
  ASSERT_EQ(bm_engine_new(nullptr, &engine), BM_OK);
  EXPECT_EQ(bm_recover(engine, "x", 1, "text", nullptr, nullptr), BM_EINVALID_INPUT);
  EXPECT_EQ(bm_recover(engine, nullptr, 5, "text", &json, nullptr), BM_EINVALID_INPUT);
  EXPECT_EQ(json, nullptr);
  bm_engine_free(engine);
}

TEST(CApi, FreeNullIsHarmless) {
  bm_engine_free(nullptr);
  bm_string_free(nullptr);
}

TEST(CApi, LastErrorIsPerThread) {
  bm_engine* engine = nullptr;
  ASSERT_EQ(bm_engine_new(nullptr, &engine), BM_OK);
  char* json = nullptr;
  ASSERT_EQ(bm_recover(engine, "\xff", 1, "text", &json, nullptr), BM_EINVALID_INPUT);
  const std::string here = bm_last_error();
  EXPECT_FALSE(here.empty());

  std::string there = "unset";
  std::thread other([&] { there = bm_last_error(); });
  other.join();
  EXPECT_EQ(there, "") << "another thread sees no error";
  EXPECT_EQ(bm_last_error(), here) << "successful calls do not clear it";
  bm_engine_free(engine);
}

}  // namespace
