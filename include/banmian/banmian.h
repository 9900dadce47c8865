/*
 * banmian C ABI: recovers the articles of a Chinese newspaper page from the
 * broken text that PDF extractors and OCR produce, for C programs and for
 * languages that load a shared library (Python's ctypes).
 *
 * A thin layer over the C++ API in banmian.hpp. It is small and stable:
 *   - An opaque engine, created once by bm_engine_new and released by
 *     bm_engine_free. A const engine is safe for concurrent use by multiple
 *     threads; bm_recover never changes it.
 *   - Every function that can fail returns an int: BM_OK (0) on success, a
 *     negative BM_E* code on failure. The codes are the negated
 *     banmian::StatusCode values and never change.
 *   - On failure, bm_last_error() returns a message for the calling thread
 *     that names the offending input position (a byte offset for invalid
 *     UTF-8, a JSON position for malformed blocks-json).
 *   - Output parameters come last and are written only on success.
 *   - The library frees what it allocates: strings returned through out_json
 *     are released with bm_string_free, never with free().
 *   - No C++ exception crosses this boundary.
 *
 * The output of bm_recover is the article tree as JSON, exactly as
 * docs/article-tree.md describes it (format "banmian.article-tree").
 *
 * This header compiles as C99 and as C++.
 */
#ifndef BANMIAN_H
#define BANMIAN_H

#include <stddef.h>

#include <banmian/version.h>

#if defined(_WIN32)
#if defined(BANMIAN_BUILDING)
#define BM_API __declspec(dllexport)
#else
#define BM_API
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define BM_API __attribute__((visibility("default")))
#else
#define BM_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Return codes: 0 is success, every error is negative. */
#define BM_OK 0
/* Malformed input: invalid UTF-8, JSON or XHTML, an unknown input format, or
 * a NULL argument that must not be NULL. */
#define BM_EINVALID_INPUT (-1)
/* The input exceeds a limit in the options (max_input_bytes, max_blocks). */
#define BM_ETOO_LARGE (-2)
/* The options JSON is malformed, has an unknown key or a wrongly typed value. */
#define BM_EINVALID_OPTIONS (-3)
/* A file (a lexicon) or a child process could not be read or run. */
#define BM_EIO (-4)
/* An external tool (pdftotext) is missing. */
#define BM_EUNAVAILABLE (-5)
/* A bug in banmian, or memory ran out; please report it. */
#define BM_EINTERNAL (-6)

/* A recovery engine: the options and the loaded lexicon. Opaque. */
typedef struct bm_engine bm_engine;

/*
 * Creates an engine from options given as a JSON object whose keys are the
 * fields of banmian::Options, e.g. {"max_input_bytes": 1048576,
 * "join_continuations": false}. NULL or "" means all defaults.
 *
 * On success stores a new engine in *out and returns BM_OK; the caller owns
 * the engine and must release it with bm_engine_free. On failure *out is left
 * unchanged. The function does not keep options_json after it returns.
 */
BM_API int bm_engine_new(const char *options_json, bm_engine **out);

/*
 * Releases an engine created by bm_engine_new. Accepts NULL and then does
 * nothing. The engine must not be in use by another thread; strings already
 * returned by bm_recover stay valid.
 */
BM_API void bm_engine_free(bm_engine *engine);

/*
 * Recovers the article tree of one page.
 *
 * input holds len bytes of UTF-8 content (need not be NUL-terminated; NULL is
 * allowed when len is 0, which yields an empty tree). input_format is "auto"
 * (sniffed from the content), "text", "blocks-json" or "pdftotext-bbox"; NULL
 * means "auto". For pdftotext-bbox input with several pages, the first page
 * is recovered.
 *
 * On success stores a NUL-terminated JSON string in *out_json and its length
 * in bytes (without the NUL) in *out_len (out_len may be NULL), and returns
 * BM_OK. The caller owns the string and must release it with bm_string_free.
 * The engine is borrowed and not changed; the caller keeps ownership of the
 * input, which is not kept after the call returns. Safe to call concurrently
 * on the same engine from several threads.
 */
BM_API int bm_recover(const bm_engine *engine, const char *input, size_t len,
                      const char *input_format, char **out_json,
                      size_t *out_len);

/*
 * Releases a string returned by this library (bm_recover's out_json).
 * Accepts NULL and then does nothing.
 */
BM_API void bm_string_free(char *string);

/*
 * Returns the message of the most recent failed call made by the calling
 * thread, or "" when none has failed. The string is owned by the library and
 * stays valid until the next failed call on the same thread; successful calls
 * do not clear it.
 */
BM_API const char *bm_last_error(void);

/*
 * Returns the version of the library at run time, e.g. "0.1.0" (compare with
 * BANMIAN_VERSION_STRING from the headers). The string is static; do not free.
 */
BM_API const char *bm_version(void);

#ifdef __cplusplus
}
#endif

#endif /* BANMIAN_H */
