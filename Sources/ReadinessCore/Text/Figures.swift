import Foundation

/// One text format per kind of figure, shared by the report, the terminal summary and the
/// sentences the assessment writes (RAG reasons, late reasons, actions), so a figure reads the
/// same wherever it appears. Numbers are rounded half away from zero as written
/// (`DecimalRounding`); negative numbers use the minus sign (−).
public enum Figures {
  /// A score or a number of points, always with one decimal: `46.4`, `100.0`, `15.0`.
  public static func score(_ value: Double) -> String { decimal(value, places: 1) }

  /// A share of 0–100 with up to one decimal and no trailing `.0`: `60%`, `62.5%`.
  public static func percent(_ value: Double) -> String {
    let text = decimal(value.isNaN ? 0 : value, places: 1)
    return (text.utf8.suffix(2).elementsEqual(".0".utf8) ? String(text.dropLast(2)) : text) + "%"
  }

  /// A 0–1 fraction as a percentage: `0.625` → `62.5%`.
  public static func percent(fraction: Double) -> String { percent(fraction * 100) }

  /// Money with its currency code first and `places` decimals, the currency's own (docs/spec-readings.md,
  /// chosen by the renderer): `EUR 8,400.00`, `JPY 8,400`, `IDR 211,600,000`.
  public static func money(_ amount: Double, currency: String, places: Int) -> String {
    currency + " " + decimal(amount, places: places)
  }

  /// A month's abbreviated English name, 1–12: `Oct`.
  public static func month(_ month: Int) -> String {
    monthNames[min(max(month, 1), 12) - 1]
  }

  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// A count, whole, with thousands separators: `12,480`.
  public static func count(_ value: Double) -> String { decimal(value, places: 0) }

  /// `value` rounded to `places` decimals with thousands separators (`1,234.5`). Any finite
  /// value formats, however large or small (written out in full, never through `Int`). The
  /// digits are ASCII, so they are handled as UTF-8 bytes rather than Characters.
  public static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    let places = max(places, 0)
    let rounded = DecimalRounding.rounded(value, places: places)
    let digits = fixed(abs(rounded), places: places)
    let isZero = !digits.utf8.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    let sign = rounded < 0 && !isZero ? "−" : ""
    let point = digits.utf8.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
    let fraction = places > 0 ? String(digits[point...]) : ""
    return sign + grouped(digits[..<point]) + fraction
  }

  /// `value` (not negative, already rounded to `places`) with exactly `places` decimals, as
  /// `%.Nf` writes it. Below 10^15 once scaled, the digits come from integer arithmetic, which
  /// is exact there and many times faster than formatting; larger values go to `%.Nf`.
  public static func fixed(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded()
    guard places <= 15, scaled < 1e15 else { return String(format: "%.\(places)f", value) }
    let units = Int64(scaled)
    let divisor = Int64(scale)
    let whole = String(units / divisor)
    guard places > 0 else { return whole }
    let fraction = String(units % divisor)
    return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// ASCII digits with a comma before each group of three from the right.
  private static func grouped(_ number: Substring) -> String {
    let count = number.utf8.count
    guard count > 3 else { return String(number) }
    var out: [UInt8] = []
    out.reserveCapacity(count + count / 3)
    for (i, digit) in number.utf8.enumerated() {
      if i > 0 && (count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(digit)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
