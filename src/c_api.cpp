// The C ABI (include/banmian/banmian.h): a thin layer over the C++ API.
//
// Every extern "C" function catches everything and turns it into a return
// code plus a per-thread message, so that no exception crosses into C.

#include <banmian/banmian.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <banmian/banmian.hpp>

struct bm_engine {
  banmian::Engine engine;
};

namespace {

thread_local std::string last_error;

// Records the message of a failed call for bm_last_error; never throws.
int fail(int code, std::string_view message) noexcept {
  try {
    last_error.assign(message);
  } catch (...) {
    last_error.clear();  // keeps the old capacity; cannot throw
  }
  return code;
}

int fail(const banmian::Status& status) noexcept {
  return fail(-static_cast<int>(status.code()), status.message());
}

// Maps the exception in flight to a return code.
int fail_current_exception(const char* function) noexcept {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return fail(BM_EINTERNAL, "out of memory");
  } catch (const std::exception& e) {
    try {
      return fail(BM_EINTERNAL, std::string(function) + ": internal error: " + e.what());
    } catch (...) {
      return fail(BM_EINTERNAL, "internal error");
    }
  } catch (...) {
    return fail(BM_EINTERNAL, "internal error: unknown exception");
  }
}

}  // namespace

extern "C" {

BM_API int bm_engine_new(const char* options_json, bm_engine** out) {
  try {
    if (out == nullptr) return fail(BM_EINVALID_INPUT, "bm_engine_new: out is NULL");
    banmian::Options options;
    if (options_json != nullptr && *options_json != '\0') {
      auto parsed = banmian::options_from_json(options_json);
      if (!parsed.ok()) return fail(parsed.status());
      options = std::move(parsed).value();
    }
    auto engine = banmian::Engine::create(options);
    if (!engine.ok()) return fail(engine.status());
    *out = new bm_engine{std::move(engine).value()};
    return BM_OK;
  } catch (...) {
    return fail_current_exception("bm_engine_new");
  }
}

BM_API void bm_engine_free(bm_engine* engine) {
  // Destroying an Engine releases a shared_ptr and cannot throw.
  delete engine;
}

BM_API int bm_recover(const bm_engine* engine, const char* input, std::size_t len,
                      const char* input_format, char** out_json, std::size_t* out_len) {
  try {
    if (engine == nullptr) return fail(BM_EINVALID_INPUT, "bm_recover: engine is NULL");
    if (out_json == nullptr) return fail(BM_EINVALID_INPUT, "bm_recover: out_json is NULL");
    if (input == nullptr && len != 0) {
      return fail(BM_EINVALID_INPUT, "bm_recover: input is NULL but len is not 0");
    }
    banmian::InputFormat format = banmian::InputFormat::kAuto;
    if (input_format != nullptr) {
      auto parsed = banmian::parse_input_format(input_format);
      if (!parsed) {
        return fail(BM_EINVALID_INPUT,
                    std::string("bm_recover: unknown input format \"") + input_format +
                        "\" (expected auto, text, blocks-json or pdftotext-bbox)");
      }
      format = *parsed;
    }
    const std::string_view content = len == 0 ? std::string_view() : std::string_view(input, len);
    auto tree = engine->engine.recover_text(content, format);
    if (!tree.ok()) return fail(tree.status());
    const std::string json = banmian::to_json(tree.value(), /*pretty=*/false);

    char* copy = static_cast<char*>(std::malloc(json.size() + 1));
    if (copy == nullptr) return fail(BM_EINTERNAL, "out of memory");
    std::memcpy(copy, json.data(), json.size());
    copy[json.size()] = '\0';
    *out_json = copy;
    if (out_len != nullptr) *out_len = json.size();
    return BM_OK;
  } catch (...) {
    return fail_current_exception("bm_recover");
  }
}

BM_API void bm_string_free(char* string) { std::free(string); }

BM_API const char* bm_last_error(void) { return last_error.c_str(); }

BM_API const char* bm_version(void) { return BANMIAN_VERSION_STRING; }

}  // extern "C"
