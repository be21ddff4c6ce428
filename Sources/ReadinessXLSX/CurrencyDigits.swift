import Foundation
import ReadinessCore
import ReadinessRender

/// How many decimals a currency's amounts show, as in the report (`MoneyFormat`): none when
/// every amount of it in the inventory is whole (IDR 211,600,000), else its CLDR fraction digits
/// (EUR 2, JPY 0, BHD 3) from Foundation's ICU data; and the cells' number format.
enum CurrencyDigits {
  /// The decimals per currency code of `amounts`, as the report shows them (`MoneyFormat`):
  /// the currency's CLDR digits, or none for a currency whose every amount in the inventory is
  /// whole.
  static func digits(_ amounts: [Money], _ money: MoneyFormat) -> [String: Int] {
    Dictionary(amounts.map { ($0.currency, money.places($0.currency)) }) { first, _ in first }
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
