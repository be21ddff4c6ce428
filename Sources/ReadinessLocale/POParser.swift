import Foundation

/// Reads a PO file line by line: keywords, quoted strings (continued on the lines after), flags.
struct POParser {
  let file: String
  private var entries: [POFile.Entry] = []
  private var current = POFile.Entry()
  /// Where the next continuation string goes: `msgctxt`, `msgid`, `msgid_plural` or a form.
  private var target: Target?

  private enum Target {
    case context, english, plural
    case translation(Int)
  }

  init(file: String) { self.file = file }

  mutating func read(_ raw: Substring, number: Int) throws(CatalogError) {
    let line = raw.trimmingCharacters(in: .whitespaces)
    if line.isEmpty { return close() }
    if line.hasPrefix("#,") {
      close()
      current.flags.formUnion(
        line.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      return
    }
    if line.hasPrefix("#") { return close() }
    if line.hasPrefix("\"") { return try append(string(line, number: number, column: 1), number) }
    guard let space = line.firstIndex(of: " ") else {
      throw error(number, 1, "'\(line.prefix(40))' is not a PO keyword or a quoted string")
    }
    let keyword = String(line[..<space])
    let value = try string(
      String(line[line.index(after: space)...]), number: number, column: keyword.count + 2)
    var afterContext = false
    if case .context? = target { afterContext = true }
    if keyword == "msgctxt" || (keyword == "msgid" && !afterContext) { close() }
    if current.line == 0 { current.line = number }
    switch keyword {
    case "msgctxt": (current.context, target) = (value, .context)
    case "msgid": (current.english, target) = (value, .english)
    case "msgid_plural": (current.englishPlural, target) = (value, .plural)
    case "msgstr": try form(0, value, number)
    default:
      guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
        let n = Int(keyword.dropFirst(7).dropLast())
      else { throw error(number, 1, "unknown keyword '\(keyword)'") }
      try form(n, value, number)
    }
  }

  mutating func finish() throws(CatalogError) -> [POFile.Entry] {
    close()
    return entries
  }

  private mutating func form(_ n: Int, _ value: String, _ number: Int) throws(CatalogError) {
    guard n == current.translations.count else {
      throw error(
        number, 1, "msgstr[\(n)] out of order", hint: "number the forms 0, 1, 2… in order")
    }
    current.translations.append(value)
    target = .translation(n)
  }

  private mutating func append(_ value: String, _ number: Int) throws(CatalogError) {
    switch target {
    case .context?: current.context? += value
    case .english?: current.english += value
    case .plural?: current.englishPlural? += value
    case .translation(let n)?: current.translations[n] += value
    case nil: throw error(number, 1, "a string with no keyword before it")
    }
  }

  /// Ends the entry being read once it has a translation; flags read before it stay for the
  /// next.
  private mutating func close() {
    guard !current.translations.isEmpty else { return }
    entries.append(current)
    current = POFile.Entry()
    target = nil
  }

  /// The content of a quoted string with its escapes (`\"`, `\\`, `\n`, `\t`) read.
  private func string(_ text: String, number: Int, column: Int) throws(CatalogError) -> String {
    guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else {
      throw error(number, column, "expected a string in double quotes")
    }
    var out = ""
    var escaped = false
    for character in text.dropFirst().dropLast() {
      if escaped {
        switch character {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "\"", "\\": out.append(character)
        default: throw error(number, column, "unknown escape '\\\(character)'")
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        throw error(number, column, "a double quote inside a string must be written \\\"")
      } else {
        out.append(character)
      }
    }
    if escaped { throw error(number, column, "the string ends in a lone backslash") }
    return out
  }

  private func error(
    _ line: Int, _ column: Int, _ message: String,
    hint: String = "write entries as msgctxt, msgid and msgstr lines with quoted strings"
  ) -> CatalogError {
    CatalogError(file: file, line: line, column: column, message, hint: hint)
  }
}
