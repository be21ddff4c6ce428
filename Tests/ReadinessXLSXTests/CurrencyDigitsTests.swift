import ReadinessCore
import ReadinessRender
import Testing

@testable import ReadinessXLSX

/// The decimals and number format of money cells: as the report shows them, CLDR digits, none
/// for a currency whose amounts in the inventory are all whole.
@Suite struct CurrencyDigitsTests {
  @Test(arguments: [("EUR", 2), ("GBP", 2), ("JPY", 0), ("IDR", 0), ("BHD", 3)])
  func cldrDigits(code: String, digits: Int) {
    #expect(MoneyFormat.cldrDigits(code) == digits)
  }

  @Test func theInventorysWholeCurrenciesShowNoDecimals() {
    // EUR's amounts in the workbook have cents (scenario shares), but the inventory's are whole.
    let digits = CurrencyDigits.digits(
      [
        Money(amount: 900.36, currency: "EUR"), Money(amount: 625.5, currency: "GBP"),
        Money(amount: 211_600_000, currency: "IDR"), Money(amount: 1.5, currency: "BHD"),
      ], MoneyFormat(wholeCurrencies: ["EUR", "IDR"]))
    #expect(digits == ["EUR": 0, "GBP": 2, "IDR": 0, "BHD": 3])
  }

  @Test func numberFormatNamesTheCurrency() {
    #expect(CurrencyDigits.numberFormat("EUR", 2) == "[$EUR] #,##0.00")
    #expect(CurrencyDigits.numberFormat("IDR", 0) == "[$IDR] #,##0")
    #expect(CurrencyDigits.numberFormat("E\"R", 3) == "#,##0.000")
  }
}
