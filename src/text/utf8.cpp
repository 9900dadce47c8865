// UTF-8 validation and conversion. The validator checks eight ASCII bytes at
// a time and decodes multi-byte sequences by their lead byte, rejecting
// overlongs, surrogates and code points above U+10FFFF (RFC 3629).
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace banmian::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Returns the length of the valid sequence at s[i], or 0 when it is invalid.
std::size_t valid_sequence_length(const unsigned char* s, std::size_t i,
                                  std::size_t n) {
  const unsigned char b0 = s[i];
  if (b0 < 0x80) return 1;
  auto continuation = [&](std::size_t k) {
    return i + k < n && (s[i + k] & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (i + 1 >= n) return 0;
    const unsigned char b1 = s[i + 1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    return continuation(1) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (i + 1 >= n) return 0;
    const unsigned char b1 = s[i + 1];
    if (b0 == 0xF0 && b1 < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // above U+10FFFF
    return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;  // continuation byte, C0/C1 overlong lead, or F5..FF
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const std::size_t len = valid_sequence_length(s, i, n);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) out.push_back(next_code_point(text, pos));
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacement;
  char buf[4];
  std::size_t n;
  if (c < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (c >> 6));
    buf[1] = static_cast<char>(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (c >> 12));
    buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (c & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (c >> 18));
    buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (c & 0x3F));
    n = 4;
  }
  out.append(buf, n);
}

std::string encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

std::size_t length(std::string_view s) {
  std::size_t count = 0;
  for (char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  const std::size_t len = valid_sequence_length(s, pos, text.size());
  char32_t c;
  switch (len) {
    case 2:
      c = char32_t(b0 & 0x1F) << 6 | (s[pos + 1] & 0x3F);
      break;
    case 3:
      c = char32_t(b0 & 0x0F) << 12 | char32_t(s[pos + 1] & 0x3F) << 6 |
          (s[pos + 2] & 0x3F);
      break;
    case 4:
      c = char32_t(b0 & 0x07) << 18 | char32_t(s[pos + 1] & 0x3F) << 12 |
          char32_t(s[pos + 2] & 0x3F) << 6 | (s[pos + 3] & 0x3F);
      break;
    default:
      ++pos;
      return kReplacement;
  }
  pos += len;
  return c;
}

char32_t first_code_point(std::string_view s) {
  std::u32string cps = decode(s.substr(0, std::min<std::size_t>(4, s.size())));
  return cps.empty() ? 0 : cps.front();
}

char32_t last_code_point(std::string_view s) {
  std::size_t start = s.size();
  while (start > 0 && s.size() - start < 4) {
    --start;
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) break;
  }
  std::u32string cps = decode(s.substr(start));
  return cps.empty() ? 0 : cps.back();
}

}  // namespace banmian::text
