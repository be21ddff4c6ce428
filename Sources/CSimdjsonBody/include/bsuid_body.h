// A webhook log record's body kept as JSON text, found and unescaped by simdjson, so that
// `measure` parses a wrapped body once (as JSON) instead of twice (as a string inside the
// record, then as JSON). C linkage, for Swift.
#ifndef BSUID_BODY_H
#define BSUID_BODY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Keys whose presence beside `body` marks an API-gateway event.
enum { BSUID_BODY_GATEWAY = 1 };

/// When `json` (`length` bytes) is an object that holds a string under "body" and is not itself
/// a webhook body (no "entry") or a change (no "field" beside "value"): 1, with the string's
/// unescaped UTF-8 in `*text` (malloc'd; the caller frees it), its length in `*text_length`
/// and BSUID_BODY_GATEWAY in `*flags` when "requestContext", "httpMethod", "isBase64Encoded"
/// or "routeKey" is there too. Otherwise 0, and nothing is allocated.
int bsuid_body_text(const char *json, size_t length, char **text, size_t *text_length,
                    int *flags);

#ifdef __cplusplus
}
#endif

#endif
