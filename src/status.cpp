// Status names, Options parsing and other small shared pieces of the API.
#include <banmian/banmian.hpp>

#include <nlohmann/json.hpp>

#include "model.hpp"

namespace banmian {

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidInput: return "invalid_input";
    case StatusCode::kTooLarge: return "too_large";
    case StatusCode::kInvalidOptions: return "invalid_options";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kUnavailable: return "unavailable";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  return std::string(status_code_name(code_)) + ": " + message_;
}

namespace {

template <typename T>
Status read_field(const nlohmann::json& value, const std::string& key, T& out) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!value.is_boolean()) return {StatusCode::kInvalidOptions, "option '" + key + "' must be true or false"};
    out = value.get<bool>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!value.is_string()) return {StatusCode::kInvalidOptions, "option '" + key + "' must be a string"};
    out = value.get<std::string>();
  } else if constexpr (std::is_same_v<T, double>) {
    if (!value.is_number()) return {StatusCode::kInvalidOptions, "option '" + key + "' must be a number"};
    out = value.get<double>();
    if (out < 0 || out > 1) return {StatusCode::kInvalidOptions, "option '" + key + "' must lie in [0, 1]"};
  } else {
    if (!value.is_number_integer() || value.get<long long>() < 0)
      return {StatusCode::kInvalidOptions, "option '" + key + "' must be a non-negative integer"};
    out = static_cast<T>(value.get<unsigned long long>());
  }
  return Status::Ok();
}

}  // namespace

Result<Options> options_from_json(std::string_view json) {
  Options options;
  if (json.find_first_not_of(" \t\r\n") == std::string_view::npos) return options;
  nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded()) return Status(StatusCode::kInvalidOptions, "options are not valid JSON");
  if (!doc.is_object()) return Status(StatusCode::kInvalidOptions, "options must be a JSON object");
  for (const auto& [key, value] : doc.items()) {
    Status s;
    if (key == "max_input_bytes") s = read_field(value, key, options.max_input_bytes);
    else if (key == "max_blocks") s = read_field(value, key, options.max_blocks);
    else if (key == "fold_width") s = read_field(value, key, options.fold_width);
    else if (key == "map_radicals") s = read_field(value, key, options.map_radicals);
    else if (key == "join_continuations") s = read_field(value, key, options.join_continuations);
    else if (key == "remove_duplicates") s = read_field(value, key, options.remove_duplicates);
    else if (key == "attach_captions") s = read_field(value, key, options.attach_captions);
    else if (key == "join_threshold") s = read_field(value, key, options.join_threshold);
    else if (key == "duplicate_threshold") s = read_field(value, key, options.duplicate_threshold);
    else if (key == "lexicon_path") s = read_field(value, key, options.lexicon_path);
    else if (key == "pdftotext_path") s = read_field(value, key, options.pdftotext_path);
    else if (key == "punctuated_intertitles") s = read_field(value, key, options.punctuated_intertitles);
    else s = Status(StatusCode::kInvalidOptions, "unknown option '" + key + "'");
    if (!s.ok()) return s;
  }
  return options;
}

namespace detail {

const char* role_name(Role role) {
  switch (role) {
    case Role::kBody: return "body";
    case Role::kHeadline: return "headline";
    case Role::kIntertitle: return "intertitle";
    case Role::kByline: return "byline";
    case Role::kSeries: return "series";
    case Role::kQrCaption: return "qr_caption";
    case Role::kPhotoCaption: return "photo_caption";
    case Role::kCredit: return "credit";
    case Role::kFurniture: return "furniture";
    case Role::kJump: return "jump";
  }
  return "unknown";
}

}  // namespace detail
}  // namespace banmian
