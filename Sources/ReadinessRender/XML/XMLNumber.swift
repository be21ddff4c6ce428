import Foundation
import ReadinessCore

/// Formats numbers for the workbook: plain decimal notation (never an exponent), rounded to a
/// fixed number of fraction digits, without trailing zeros (`2880`, `0.2`, `57.5`).
enum XMLNumber {
  /// `value` rounded half away from zero to at most `digits` fraction digits (as written:
  /// `DecimalRounding`, not printf's half-to-even on the binary value). A non-finite value comes out as `NaN`
  /// or `INF`, which no `xs:decimal` accepts, so validation reports the bug instead of hiding it.
  static func decimal(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : "INF" }
    let rounded = DecimalRounding.rounded(value, places: digits)
    let text = (rounded < 0 ? "-" : "") + Figures.fixed(abs(rounded), places: digits)
    // Trailing zeros (and a bare point) cut by one slice found on the UTF-8 bytes, not by
    // removing Characters one by one.
    let bytes = text.utf8
    guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else {
      return text == "-0" ? "0" : text
    }
    var end = bytes.endIndex
    while bytes[bytes.index(before: end)] == UInt8(ascii: "0") { end = bytes.index(before: end) }
    if end == bytes.index(after: point) { end = point }
    let trimmed = String(text[..<end])
    return trimmed == "-0" ? "0" : trimmed
  }

  /// A score or expected progress, 0–100 with at most one decimal (`57.5`, `100`).
  static func score(_ value: Double) -> String { decimal(value, digits: 1) }

  /// A change of score, −100–100 with at most one decimal (`2.5`, `-10`).
  static func delta(_ value: Double) -> String { decimal(value, digits: 1) }

  /// A fraction 0–1 (completion, adoption), to four decimals (`0.75`, `0.6667`).
  static func fraction(_ value: Double) -> String { decimal(value, digits: 4) }

  /// A whole count (conversations at risk).
  static func whole(_ value: Double) -> String { decimal(value, digits: 0) }

  /// Money, to two decimals (`8400`, `1234.5`).
  static func money(_ value: Double) -> String { decimal(value, digits: 2) }

  /// `true` or `false`.
  static func boolean(_ value: Bool) -> String { value ? "true" : "false" }
}
