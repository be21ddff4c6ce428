import Foundation

/// A gettext PO file as entries: each with its context (`msgctxt`), its English (`msgid`, and
/// `msgid_plural` when it has plural forms), its translations (`msgstr`, or `msgstr[n]` per
/// plural form), its flags (`#, fuzzy`) and the line it starts on. The header is the entry with
/// an empty `msgid`; `header(_:)` reads its fields.
public struct POFile: Sendable {
  public struct Entry: Sendable {
    public var context: String?
    public var english = ""
    public var englishPlural: String?
    /// One translation, or one per plural form in the file's category order.
    public var translations: [String] = []
    public var flags: Set<String> = []
    public var line = 0
  }

  public var entries: [Entry]

  /// Parses `text`; the file is named `file` in errors.
  /// - Throws: `CatalogError` at the line and column of the first thing that is not PO.
  public init(parsing text: String, file: String) throws(CatalogError) {
    var parser = POParser(file: file)
    // `\r\n` is one Character, and a newline: CRLF files read as LF ones.
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      try parser.read(line, number: index + 1)
    }
    entries = try parser.finish()
  }

  /// A field of the header (`Language`, `X-Plural-Categories`), nil when absent.
  public func header(_ name: String) -> String? {
    guard let header = entries.first(where: { $0.context == nil && $0.english.isEmpty }),
      let text = header.translations.first
    else { return nil }
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":"), line[..<colon] == name else { continue }
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return nil
  }
}

/// A catalogue that cannot be used: where, what, and what to do.
public struct CatalogError: Error, Sendable, Equatable {
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String
  public let hint: String

  public init(file: String, line: Int, column: Int = 1, _ message: String, hint: String) {
    (self.file, self.line, self.column, self.message, self.hint) = (
      file, line, column, message, hint
    )
  }

  /// `file:line:column: message`.
  public var location: String { "\(file):\(line):\(column)" }
}
