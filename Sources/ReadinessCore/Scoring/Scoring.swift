/// Rounding shared by every figure the assessment reports.
enum Scoring {
  /// Rounded half away from zero to one decimal (`72.45` → `72.5`).
  static func oneDecimal(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 1) }

  /// Rounded half away from zero to 2 decimals, for money.
  static func cents(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 2) }

  /// Rounded half away from zero to a whole number, for conversations.
  static func whole(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 0) }
}
