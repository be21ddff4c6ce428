import Foundation
import ReadinessCore

/// How many decimals a currency's amounts show: none when every amount of it in the workbook is
/// whole (IDR 211,600,000), else its CLDR fraction digits (EUR 2, JPY 0, BHD 3) from
/// Foundation's ICU data.
enum CurrencyDigits {
  /// The decimals per currency code of `amounts`.
  static func digits(_ amounts: [Money]) -> [String: Int] {
    Dictionary(grouping: amounts, by: \.currency).mapValues { money in
      let digits = cldr(money[0].currency)
      // Whole as shown: an amount that rounds to a whole number at the currency's digits.
      let whole = money.allSatisfy {
        let shown = DecimalRounding.rounded($0.amount, places: digits)
        return shown.rounded() == shown
      }
      return whole ? 0 : digits
    }
  }

  /// The CLDR fraction digits of `code`, read from how ICU writes an amount in it: the digits
  /// after the point (NumberFormatter's `maximumFractionDigits` answers 2 whatever the code).
  static func cldr(_ code: String) -> Int {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en")
    formatter.numberStyle = .currency
    formatter.currencyCode = code
    guard let text = formatter.string(from: 0.123_456_789),
      let point = text.lastIndex(of: ".")
    else { return 0 }
    return text[text.index(after: point)...].prefix(while: \.isNumber).count
  }

  /// The number format of an amount in `code` with `digits` decimals: `[$EUR] #,##0.00`, which
  /// Excel and LibreOffice list as a currency format. A code that is not letters is left out.
  static func numberFormat(_ code: String, _ digits: Int) -> String {
    let number = digits > 0 ? "#,##0." + String(repeating: "0", count: digits) : "#,##0"
    let letters = code.unicodeScalars.allSatisfy {
      ("A"..."Z").contains($0) || ("a"..."z").contains($0)
    }
    return letters && !code.isEmpty ? "[$\(code)] \(number)" : number
  }
}
