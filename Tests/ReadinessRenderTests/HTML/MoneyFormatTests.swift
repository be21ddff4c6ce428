import Foundation
import ReadinessCore
import ReadinessTestSupport
import Testing

@testable import ReadinessRender

/// SPEC §9: money uses the currency's CLDR fraction digits, and none for a currency whose every
/// amount in the inventory is whole.
@Suite("Money: the currency's CLDR digits, or none when the inventory's amounts are whole")
struct MoneyFormatTests {
  @Test("CLDR digits come from Foundation: JPY 0, EUR 2, KWD 3")
  func cldrDigits() {
    #expect(MoneyFormat.cldrDigits("JPY") == 0)
    #expect(MoneyFormat.cldrDigits("EUR") == 2)
    #expect(MoneyFormat.cldrDigits("KWD") == 3)
    #expect(MoneyFormat()(8400.4, "JPY") == "JPY 8,400")
    #expect(MoneyFormat()(8400, "EUR") == "EUR 8,400.00")
    #expect(MoneyFormat()(1.2345, "KWD") == "KWD 1.235")
    // An unknown code, and codes ICU cannot use (an edited history may hold any), get 2.
    for code in ["XYZ", "", "X<Y", "eur", String(repeating: "Z", count: 500)] {
      #expect(MoneyFormat.cldrDigits(code) == 2, "\(code.prefix(5))")
    }
  }

  @Test("a whole currency shows no decimals, whatever its CLDR digits")
  func whole() {
    let money = MoneyFormat(wholeCurrencies: ["IDR", "KWD"])
    #expect(money(211_600_000, "IDR") == "IDR 211,600,000")
    #expect(money(1_234.4, "KWD") == "KWD 1,234")
    #expect(money(8400, "EUR") == "EUR 8,400.00")
  }

  @Test("report.html: IDR amounts all whole show none; EUR with a fraction keeps its two")
  func report() throws {
    let assessment = try assess(
      inventory {
        $0.programme.usernameAdoption = [0.2]
        $0.flows = [
          flow("ads-id", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 1_058_000_000, currency: "IDR")
          },
          flow("ads-eu", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 42_000.5, currency: "EUR")
          },
        ]
      })
    #expect(assessment.exposure.wholeCurrencies == ["IDR"])
    let html = try HTMLTestSupport.html(assessment)
    #expect(html.contains("IDR 211,600,000") && !html.contains("IDR 211,600,000.00"))
    #expect(html.contains("EUR 8,400.10"))
  }
}
