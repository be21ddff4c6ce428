/// Rounding shared by every figure the assessment reports.
enum Scoring {
  /// Rounded half away from zero to one decimal (`72.45` → `72.5`).
  static func oneDecimal(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 1) }

  /// Rounded half away from zero to 2 decimals, for money.
  static func cents(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 2) }

  /// Rounded half away from zero to a whole number, for conversations.
  static func whole(_ value: Double) -> Double { DecimalRounding.rounded(value, places: 0) }

  /// The number without a trailing `.0` (`15`, `72.5`), for sentences.
  static func text(_ value: Double) -> String {
    let rounded = oneDecimal(value)
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// A task's progress as text (`60%`, `12.5%`), clamped to 0–100.
  static func percent(_ value: Double) -> String {
    let clamped = value.isNaN ? 0 : min(max(value, 0), 100)
    return clamped == clamped.rounded()
      ? "\(Int(clamped))%" : "\(oneDecimal(clamped))%"
  }
}
