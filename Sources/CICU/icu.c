// ICU renames its C functions per version (uplrules_open_72); these wrappers keep one name.
#include "cicu.h"
#include <unicode/ulistformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>

/// The plural rules of `locale` (cardinal), or NULL.
void *bsuid_plural_open(const char *locale) {
  UErrorCode status = U_ZERO_ERROR;
  UPluralRules *rules = uplrules_open(locale, &status);
  if (U_FAILURE(status)) { if (rules) uplrules_close(rules); return 0; }
  return rules;
}

/// The category of `number` ("one", "many", "other") in `out`, its length or -1.
int32_t bsuid_plural_select(void *rules, double number, char *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UChar keyword[32];
  int32_t length = uplrules_select((const UPluralRules *)rules, number, keyword, 32, &status);
  if (U_FAILURE(status) || length >= capacity) return -1;
  for (int32_t i = 0; i < length; i++) out[i] = (char)keyword[i];
  out[length] = 0;
  return length;
}

/// The rules' categories, space-separated, in `out`; the length or -1.
int32_t bsuid_plural_categories(void *rules, char *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *names = uplrules_getKeywords((const UPluralRules *)rules, &status);
  if (U_FAILURE(status)) return -1;
  int32_t used = 0;
  const char *name;
  int32_t length;
  while ((name = uenum_next(names, &length, &status)) && U_SUCCESS(status)) {
    if (used + length + 2 > capacity) { uenum_close(names); return -1; }
    if (used > 0) out[used++] = ' ';
    for (int32_t i = 0; i < length; i++) out[used++] = name[i];
  }
  out[used] = 0;
  uenum_close(names);
  return U_SUCCESS(status) ? used : -1;
}

void bsuid_plural_close(void *rules) { uplrules_close((UPluralRules *)rules); }

/// The "and" list formatter of `locale` ("a, b e c"), or NULL.
void *bsuid_list_open(const char *locale) {
  UErrorCode status = U_ZERO_ERROR;
  UListFormatter *f = ulistfmt_openForType(locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, &status);
  if (U_FAILURE(status)) { if (f) ulistfmt_close(f); return 0; }
  return f;
}

/// `count` UTF-16 strings joined into `out`; the length needed, or -1 on failure. A result longer
/// than `capacity` returns its length without writing it all: call again with room.
int32_t bsuid_list_format(
    void *formatter, const uint16_t *const *strings, const int32_t *lengths, int32_t count,
    uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = ulistfmt_format(
      (const UListFormatter *)formatter, (const UChar *const *)strings, lengths, count,
      (UChar *)out, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return length;
  return U_FAILURE(status) ? -1 : length;
}

void bsuid_list_close(void *formatter) { ulistfmt_close((UListFormatter *)formatter); }
