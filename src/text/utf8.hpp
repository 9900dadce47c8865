// UTF-8 validation and decoding. Input is validated once at the door (the
// readers); everything after works on valid UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::text {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt
// when the whole input is valid (overlongs, surrogates and code points above
// U+10FFFF are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Decodes valid UTF-8 into code points.
std::u32string decode(std::string_view s);
// Encodes code points as UTF-8.
std::string encode(std::u32string_view s);
// Appends one code point as UTF-8.
void append_utf8(std::string& out, char32_t c);
// Returns the number of code points.
std::size_t length(std::string_view s);
// Returns the first code point of valid UTF-8, or 0 for an empty string.
char32_t first_code_point(std::string_view s);
// Returns the last code point of valid UTF-8, or 0 for an empty string.
char32_t last_code_point(std::string_view s);
// Decodes the code point at byte offset pos and advances pos past it; an
// invalid byte decodes to U+FFFD and advances pos by one.
char32_t next_code_point(std::string_view s, std::size_t& pos);

}  // namespace banmian::text
