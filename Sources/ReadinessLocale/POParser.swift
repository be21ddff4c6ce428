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
    let line = Self.trimmed(raw)
    if line.isEmpty { return try close(number) }
    if line.hasPrefix("#,") {
      try close(number)
      current.flags.formUnion(
        line.dropFirst(2).split(separator: ",").map { String(Self.trimmed($0)) })
      return
    }
    if line.hasPrefix("#") { return try close(number) }
    if line.hasPrefix("\"") { return try append(string(line, number: number, column: 1), number) }
    guard let space = line.firstIndex(where: \.isWhitespace) else {
      throw error(number, 1, "'\(line.prefix(40))' is not a PO keyword or a quoted string")
    }
    let keyword = String(line[..<space])
    let rest = line[space...].drop(while: \.isWhitespace)
    let value = try string(
      rest, number: number,
      column: line.distance(from: line.startIndex, to: rest.startIndex) + 1)
    var afterContext = false
    if case .context? = target { afterContext = true }
    if keyword == "msgctxt" || (keyword == "msgid" && !afterContext) { try close(number) }
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
    try close(0)
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
  /// next. An entry with an id and no `msgstr` is an error at its first line.
  private mutating func close(_ number: Int) throws(CatalogError) {
    guard !current.translations.isEmpty else {
      if target != nil {
        throw error(
          current.line == 0 ? number : current.line, 1, "an entry without msgstr",
          hint: "give every msgid a msgstr (an empty one \"\" for a missing translation)")
      }
      return
    }
    entries.append(current)
    current = POFile.Entry()
    target = nil
  }

  /// `text` without the blanks (spaces and tabs, as Foundation's `.whitespaces`) around it;
  /// read in Swift, as Foundation's trimming through NSString took a tenth of a short run.
  private static func trimmed(_ text: Substring) -> Substring {
    let blank = { (c: Character) in c.isWhitespace && !c.isNewline }
    guard let first = text.firstIndex(where: { !blank($0) }),
      let last = text.lastIndex(where: { !blank($0) })
    else { return text[text.endIndex...] }
    return text[first...last]
  }

  /// The content of a quoted string with its escapes (`\"`, `\\`, `\n`, `\t`) read.
  private func string(_ text: Substring, number: Int, column: Int) throws(CatalogError) -> String {
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
