import ReadinessCore
import Testing

@testable import ReadinessXLSX

/// The decimals and number format of money cells: CLDR digits, none for whole-only amounts.
@Suite struct CurrencyDigitsTests {
  @Test(arguments: [("EUR", 2), ("GBP", 2), ("JPY", 0), ("IDR", 0), ("BHD", 3)])
  func cldrDigits(code: String, digits: Int) {
    #expect(CurrencyDigits.cldr(code) == digits)
  }

  @Test func wholeAmountsShowNoDecimals() {
    let digits = CurrencyDigits.digits([
      Money(amount: 1900, currency: "EUR"), Money(amount: 625.5, currency: "GBP"),
      Money(amount: 240, currency: "GBP"), Money(amount: 211_600_000, currency: "IDR"),
      Money(amount: 1899.999_999_9, currency: "EUR"),
    ])
    #expect(digits == ["EUR": 0, "GBP": 2, "IDR": 0])
  }

  @Test func numberFormatNamesTheCurrency() {
    #expect(CurrencyDigits.numberFormat("EUR", 2) == "[$EUR] #,##0.00")
    #expect(CurrencyDigits.numberFormat("IDR", 0) == "[$IDR] #,##0")
    #expect(CurrencyDigits.numberFormat("E\"R", 3) == "#,##0.000")
  }
}
