import GRDB
import ReadinessCore

/// One row of a store's table, read column by column with checks, never with GRDB's subscripts
/// (which stop the process on a value of another type): a missing column, a value of another
/// type, a number outside its range, a malformed date or an unknown word throws `Unreadable`
/// naming the table and column. A store edited by hand is then reported, not trusted.
struct StoredRow {
  /// Why a stored value cannot be read, naming its table and column.
  struct Unreadable: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
  }

  let row: Row
  let table: String

  /// The column's value; nil when it is NULL.
  func optional<T: DatabaseValueConvertible>(_ column: String) throws -> T? {
    guard row.hasColumn(column) else {
      throw Unreadable(reason: "\(table) has no column \(column)")
    }
    let stored: DatabaseValue = row[column]
    if stored.isNull { return nil }
    guard let value = T.fromDatabaseValue(stored) else {
      throw Unreadable(
        reason: "\(table).\(column) holds \(Self.kind(of: stored)), not \(Self.kind(of: T.self))")
    }
    return value
  }

  /// The column's value, which must not be NULL.
  func value<T: DatabaseValueConvertible>(_ column: String) throws -> T {
    guard let value: T = try optional(column) else {
      throw Unreadable(reason: "\(table).\(column) is empty")
    }
    return value
  }

  /// The column's number, nil when NULL; it must be finite and within `range`.
  func optionalNumber(_ column: String, in range: ClosedRange<Double>) throws -> Double? {
    guard let number: Double = try optional(column) else { return nil }
    guard range.contains(number) else {
      throw Unreadable(
        reason:
          "\(table).\(column) holds \(number), outside \(range.lowerBound)…\(range.upperBound)")
    }
    return number
  }

  /// The column's number, finite and within `range`.
  func number(_ column: String, in range: ClosedRange<Double>) throws -> Double {
    guard let number = try optionalNumber(column, in: range) else {
      throw Unreadable(reason: "\(table).\(column) is empty")
    }
    return number
  }

  /// The column's date, written YYYY-MM-DD; nil when NULL.
  func optionalDay(_ column: String) throws -> Day? {
    guard let text: String = try optional(column) else { return nil }
    guard let day = Day(iso: text) else {
      throw Unreadable(reason: "\(table).\(column) holds '\(Self.excerpt(text))', not a date")
    }
    return day
  }

  /// The column's date, written YYYY-MM-DD.
  func day(_ column: String) throws -> Day {
    guard let day = try optionalDay(column) else {
      throw Unreadable(reason: "\(table).\(column) is empty")
    }
    return day
  }

  /// The message stored in `column` (text or NULL) beside its English, `english`: verbatim when
  /// the column is NULL or absent (a file read before `v4-messages` migrated it), or holds a
  /// message this version cannot read (`Message(stored:english:)`).
  func message(_ column: String, english: String) throws -> Message {
    guard row.hasColumn(column) else { return .verbatim(english) }
    return Message(stored: try optional(column), english: english)
  }

  /// The column's word of `T`'s vocabulary (a RAG, a status), nil when NULL.
  func optionalWord<T: RawRepresentable>(_ column: String) throws -> T? where T.RawValue == String {
    guard let text: String = try optional(column) else { return nil }
    guard let word = T(rawValue: text) else {
      throw Unreadable(reason: "\(table).\(column) holds '\(Self.excerpt(text))', not a \(T.self)")
    }
    return word
  }

  /// The column's word of `T`'s vocabulary (a RAG, a status).
  func word<T: RawRepresentable>(_ column: String) throws -> T where T.RawValue == String {
    guard let word: T = try optionalWord(column) else {
      throw Unreadable(reason: "\(table).\(column) is empty")
    }
    return word
  }

  private static func kind(of type: Any.Type) -> String {
    switch type {
    case is Double.Type: "a number"
    case is Int.Type, is Int64.Type: "a whole number"
    case is Bool.Type: "0 or 1"
    default: "a text"
    }
  }

  private static func kind(of value: DatabaseValue) -> String {
    switch value.storage {
    case .null: "nothing"
    case .int64: "a whole number"
    case .double: "a number"
    case .string(let text): "'\(excerpt(text))'"
    case .blob: "bytes"
    }
  }

  /// At most 40 characters of `text`, anything but printable ASCII shown as `?`.
  static func excerpt(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.prefix(40).map { (0x20..<0x7F).contains($0.value) ? $0 : "?" }))
  }
}
