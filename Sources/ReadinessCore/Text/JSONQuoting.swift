/// Text as a JSON string: quotation marks, backslashes and control characters escaped, every
/// other character as it is. The JSON the tool writes by hand (the inventory's schema, messages
/// kept in the history) quotes its text this way.
public enum JSONQuoting {
  /// `text` between quotation marks, escaped, appended to `json`.
  public static func append(_ text: String, to json: inout String) {
    json += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": json += "\\\""
      case "\\": json += "\\\\"
      case "\n": json += "\\n"
      case "\t": json += "\\t"
      case "\r": json += "\\r"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: json.unicodeScalars.append(scalar)
      }
    }
    json += "\""
  }

  /// `text` as a JSON string.
  public static func quoted(_ text: String) -> String {
    var json = ""
    append(text, to: &json)
    return json
  }
}
