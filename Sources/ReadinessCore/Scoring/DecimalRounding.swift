import Foundation

/// Rounding as a person does it by hand: half away from zero, on the figure as written.
///
/// Binary doubles hold most decimals slightly off (2.01 × 0.5 is 1.00499999…, 90 × 0.5 × 0.7 is
/// 31.499999…), so rounding the double itself turns SPEC's halves the wrong way. The value is
/// read back as the decimal it stands for (15 significant digits, all a double holds reliably)
/// and rounded half away from zero in decimal arithmetic.
public enum DecimalRounding {
  /// `value` rounded to `places` fraction digits, half away from zero (`1.005` → `1.01`,
  /// `-2.5` → `-3` at 0 places). Non-finite values come back unchanged.
  ///
  /// Most values are nowhere near a half: scaled by 10^places they round to the same whole
  /// number whichever way they are read, and that whole number divided by 10^places (both exact,
  /// the division correctly rounded) is the nearest double to the decimal result. Only values
  /// within reading error of a half, or too large to scale exactly, take the decimal path.
  public static func rounded(_ value: Double, places: Int) -> Double {
    guard value.isFinite else { return value }
    guard (0...15).contains(places) else { return viaDecimal(value, places: places) }
    let scale = powersOfTen[places]
    let scaled = value * scale
    let magnitude = abs(scaled)
    guard magnitude < 1e13 else { return viaDecimal(value, places: places) }
    let fraction = magnitude - magnitude.rounded(.down)
    guard abs(fraction - 0.5) > max(1e-6, magnitude * 1e-12) else {
      return viaDecimal(value, places: places)
    }
    let whole = scaled.rounded(.toNearestOrAwayFromZero)
    return whole == 0 ? 0 : whole / scale
  }

  /// The reference rounding, through Foundation's `Decimal` on the value's 15-digit reading.
  static func viaDecimal(_ value: Double, places: Int) -> Double {
    guard value.isFinite, var decimal = Decimal(string: String(format: "%.15g", value)) else {
      return value
    }
    var result = Decimal()
    NSDecimalRound(&result, &decimal, places, .plain)
    // Decimal's own doubleValue can land one ulp off (37.339999999999996); its text cannot.
    guard let back = Double(result.description), back.isFinite else { return value }
    return back
  }

  private static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }
}

/// The roundings the assessment's figures use.
extension DecimalRounding {
  /// Rounded half away from zero to one decimal (`72.45` → `72.5`).
  static func oneDecimal(_ value: Double) -> Double { rounded(value, places: 1) }

  /// Rounded half away from zero to 2 decimals, for money.
  static func cents(_ value: Double) -> Double { rounded(value, places: 2) }

  /// Rounded half away from zero to a whole number, for conversations.
  static func whole(_ value: Double) -> Double { rounded(value, places: 0) }
}
