import Foundation

/// Rounding as a person does it by hand: half away from zero, on the figure as written.
///
/// Binary doubles hold most decimals slightly off (2.01 × 0.5 is 1.00499999…, 90 × 0.5 × 0.7 is
/// 31.499999…), so rounding the double itself turns SPEC's halves the wrong way. The value is
/// first read back as the decimal it stands for (15 significant digits, all a double holds
/// reliably), then rounded half away from zero in decimal arithmetic.
public enum DecimalRounding {
  /// `value` rounded to `places` fraction digits, half away from zero (`1.005` → `1.01`,
  /// `-2.5` → `-3` at 0 places). Non-finite values come back unchanged.
  public static func rounded(_ value: Double, places: Int) -> Double {
    guard value.isFinite, var decimal = Decimal(string: String(format: "%.15g", value)) else {
      return value
    }
    var result = Decimal()
    NSDecimalRound(&result, &decimal, places, .plain)
    // Decimal's own doubleValue can land one ulp off (37.339999999999996); its text cannot.
    guard let back = Double(result.description), back.isFinite else { return value }
    return back
  }
}
