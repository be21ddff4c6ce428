import ReadinessCore

/// A JSON value with ordered object keys, written pretty and deterministically.
enum JSONText {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONText])
  case object([(String, JSONText)])

  /// Pretty text with 2-space indentation and a final line break.
  var pretty: String {
    var out = ""
    write(into: &out, indent: 0)
    return out + "\n"
  }

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .string(let s): out += JSONQuoting.quoted(s)
    case .number(let n): out += n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.allSatisfy({
        if case .string = $0 { true } else if case .bool = $0 { true } else { false }
      }) {
        out += "[" + items.map { $0.pretty.dropLast() }.joined(separator: ", ") + "]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += close + "]"
    case .object(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in entries.enumerated() {
        out += pad + JSONQuoting.quoted(key) + ": "
        value.write(into: &out, indent: indent + 1)
        out += i == entries.count - 1 ? "\n" : ",\n"
      }
      out += close + "}"
    }
  }
}
