#include "bsuid_body.h"

#include <cstdlib>
#include <cstring>
#include <string_view>

#include <simdjson.h>

int bsuid_body_text(const char *json, size_t length, char **text, size_t *text_length,
                    int *flags) {
  // One parser per thread (`measure` reads a batch of values on every core). The DOM parser
  // validates the whole value, so whatever it refuses takes the ordinary path and is reported
  // there exactly as before.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element document;
  if (parser.parse(json, length, true).get(document)) return 0;
  simdjson::dom::object object;
  if (document.get_object().get(object)) return 0;
  std::string_view body;
  bool found = false, field = false, value = false;
  int marks = 0;
  // A repeated key keeps its last value, as JSONSerialization does.
  for (auto member : object) {
    std::string_view key = member.key;
    if (key == "entry") return 0;
    if (key == "field") {
      field = member.value.is_string();
    } else if (key == "value") {
      value = member.value.is_object();
    } else if (key == "requestContext" || key == "httpMethod" || key == "isBase64Encoded" ||
               key == "routeKey") {
      marks |= BSUID_BODY_GATEWAY;
    } else if (key == "body") {
      found = member.value.is_string();
      if (found) body = std::string_view(member.value);
    }
  }
  if (!found || (field && value)) return 0;
  char *copy = static_cast<char *>(std::malloc(body.size() + 1));
  if (copy == nullptr) return 0;
  std::memcpy(copy, body.data(), body.size());
  copy[body.size()] = 0;
  *text = copy;
  *text_length = body.size();
  *flags = marks;
  return 1;
}
