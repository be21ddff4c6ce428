import ReadinessCore

/// A small RFC 4180 reader that keeps the physical line and column of every field, so a
/// problem in a spreadsheet export can be reported where it is.
///
/// Fields are separated by `delimiter` (a comma, or the semicolon many locales' spreadsheets
/// write). Accepts CRLF or LF line ends, a UTF-8 byte-order mark, quoted fields with embedded commas,
/// line breaks and doubled quotes. Rejects a stray quote inside an unquoted field, text after
/// a closing quote, and an unterminated quote (reported where it opened).
struct CSVReader {
  /// One field as read, with where it starts.
  struct Field: Equatable {
    var text: String
    var line: Int
    var column: Int
  }

  /// Why the text is not valid CSV, and where.
  struct Failure: Error, Equatable {
    var message: Message
    var line: Int
    var column: Int
  }

  /// Every record of `text`; a final line break does not start an empty record.
  static func records(_ text: String, delimiter: Unicode.Scalar = ",") throws(Failure) -> [[Field]]
  {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var reader = CSVReader(scalars: scalars, delimiter: delimiter)
    return try reader.readAll()
  }

  private let scalars: [Unicode.Scalar]
  private let delimiter: Unicode.Scalar
  private var index = 0
  private var line = 1
  private var column = 1

  private init(scalars: [Unicode.Scalar], delimiter: Unicode.Scalar) {
    self.scalars = scalars
    self.delimiter = delimiter
  }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  /// True at a record end (LF or CRLF), consuming it.
  private mutating func consumeLineEnd() -> Bool {
    if current == "\n" {
      advance()
      return true
    }
    if current == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
      index += 1
      advance()
      return true
    }
    return false
  }

  private mutating func readAll() throws(Failure) -> [[Field]] {
    var records: [[Field]] = []
    while current != nil {
      var record: [Field] = []
      while true {
        record.append(try field())
        if current == delimiter {
          advance()
          continue
        }
        if consumeLineEnd() || current == nil { break }
        throw Failure(message: Message(ImportMessages.afterField), line: line, column: column)
      }
      records.append(record)
    }
    return records
  }

  private mutating func field() throws(Failure) -> Field {
    let startLine = line
    let startColumn = column
    var text = String.UnicodeScalarView()
    guard current == "\"" else {
      while let scalar = current, scalar != delimiter, scalar != "\n",
        !(scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
      {
        if scalar == "\"" {
          throw Failure(
            message: Message(ImportMessages.quoteInside),
            line: line, column: column)
        }
        text.append(scalar)
        advance()
      }
      return Field(text: String(text), line: startLine, column: startColumn)
    }
    advance()
    while true {
      guard let scalar = current else {
        throw Failure(
          message: Message(ImportMessages.neverClosed), line: startLine,
          column: startColumn)
      }
      if scalar == "\"" {
        advance()
        if current == "\"" {
          text.append("\"")
          advance()
          continue
        }
        if current == nil || current == delimiter || current == "\n"
          || current == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
        {
          return Field(text: String(text), line: startLine, column: startColumn)
        }
        throw Failure(
          message: Message(ImportMessages.afterQuote), line: line, column: column)
      }
      text.append(scalar)
      advance()
    }
  }
}
