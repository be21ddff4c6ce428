// CLDR plural rules and list patterns from the system's ICU (Debian libicu-dev), behind
// functions of plain C types: ICU's own headers would clash with Foundation's copy of them
// (Foundation's ICU renames every symbol swift_*, so the libraries themselves never clash).
#pragma once
#include <stdint.h>

/// The plural rules of `locale` (cardinal), or NULL.
void *bsuid_plural_open(const char *locale);

/// The category of `number` ("one", "many", "other") in `out`, its length or -1.
int32_t bsuid_plural_select(void *rules, double number, char *out, int32_t capacity);

/// The rules' categories, space-separated, in `out`; the length or -1.
int32_t bsuid_plural_categories(void *rules, char *out, int32_t capacity);

void bsuid_plural_close(void *rules);

/// The "and" list formatter of `locale` ("a, b e c"), or NULL.
void *bsuid_list_open(const char *locale);

/// `count` UTF-16 strings joined into `out`; the length needed, or -1 on failure. A result longer
/// than `capacity` returns its length without writing it all: call again with room.
int32_t bsuid_list_format(
    void *formatter, const uint16_t *const *strings, const int32_t *lengths, int32_t count,
    uint16_t *out, int32_t capacity);

void bsuid_list_close(void *formatter);
