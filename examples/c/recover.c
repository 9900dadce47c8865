/*
 * Recovers the article tree of a newspaper page through the C ABI and prints
 * it as JSON.
 *
 *   banmian_example_c PAGE [FORMAT]     FORMAT: auto (default), text,
 *                                       blocks-json, pdftotext-bbox
 *   banmian_example_c - < PAGE          reads standard input
 */
#include <banmian/banmian.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole stream into a malloc'ed buffer; returns NULL on failure. */
static char *read_all(FILE *in, size_t *len) {
  size_t capacity = 1 << 16;
  size_t size = 0;
  char *data = malloc(capacity);
  if (data == NULL) return NULL;
  for (;;) {
    size_t n = fread(data + size, 1, capacity - size, in);
    size += n;
    if (n == 0) break;
    if (size == capacity) {
      char *bigger = realloc(data, capacity * 2);
      if (bigger == NULL) {
        free(data);
        return NULL;
      }
      data = bigger;
      capacity *= 2;
    }
  }
  if (ferror(in)) {
    free(data);
    return NULL;
  }
  *len = size;
  return data;
}

int main(int argc, char **argv) {
  const char *path;
  const char *format;
  FILE *in;
  char *input;
  size_t input_len = 0;
  bm_engine *engine = NULL;
  char *json = NULL;
  size_t json_len = 0;
  int rc;

  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: %s PAGE [FORMAT]\n", argv[0]);
    return 2;
  }
  path = argv[1];
  format = argc == 3 ? argv[2] : "auto";

  in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (in == NULL) {
    fprintf(stderr, "%s: cannot open\n", path);
    return 1;
  }
  input = read_all(in, &input_len);
  if (in != stdin) fclose(in);
  if (input == NULL) {
    fprintf(stderr, "%s: cannot read\n", path);
    return 1;
  }

  /* NULL options: all defaults. A JSON object changes some, e.g.
   * "{\"join_continuations\": false}". */
  rc = bm_engine_new(NULL, &engine);
  if (rc != BM_OK) {
    fprintf(stderr, "banmian %s: %s (%d)\n", bm_version(), bm_last_error(), rc);
    free(input);
    return 1;
  }
  rc = bm_recover(engine, input, input_len, format, &json, &json_len);
  free(input);
  if (rc != BM_OK) {
    fprintf(stderr, "%s: %s (%d)\n", path, bm_last_error(), rc);
    bm_engine_free(engine);
    return 1;
  }
  fwrite(json, 1, json_len, stdout);
  fputc('\n', stdout);

  bm_string_free(json); /* never free(): the library frees what it allocates */
  bm_engine_free(engine);
  return 0;
}
