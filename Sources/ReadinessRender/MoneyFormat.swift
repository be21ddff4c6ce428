import Foundation
import ReadinessCore

/// Money as people read it (docs/spec-readings.md): the currency code, then the amount with the currency's
/// CLDR fraction digits from Foundation's ICU data (JPY 0, EUR 2), or with none for a currency
/// whose every amount in the inventory is whole (IDR 211,600,000).
public struct MoneyFormat: Sendable {
  /// The currencies shown without decimals.
  let wholeCurrencies: Set<String>

  /// CLDR digits for every currency; `wholeCurrencies` (the inventory's, from
  /// `Exposure.wholeCurrencies`) without decimals.
  public init(wholeCurrencies: Set<String> = []) {
    self.wholeCurrencies = wholeCurrencies
  }

  /// `EUR 8,400.00`, `JPY 8,400`; the code cleaned for HTML like any inventory text.
  func callAsFunction(_ amount: Double, _ currency: String) -> String {
    Figures.money(amount, currency: HTMLText.clean(currency), places: places(currency))
  }

  /// The same amount as a figure, for a message in any language.
  func figure(_ amount: Double, _ currency: String) -> Figure {
    .money(amount, currency: HTMLText.clean(currency), places: places(currency))
  }

  /// The decimals `currency` is shown with.
  public func places(_ currency: String) -> Int {
    wholeCurrencies.contains(currency) ? 0 : Self.cldrDigits(currency)
  }

  /// The currency's fraction digits in CLDR, as Foundation's ICU currency style writes them (2
  /// for a code CLDR does not know, or that is not three capital letters, as an edited history
  /// may hold). The digits are read off a formatted sample, because
  /// `NumberFormatter.maximumFractionDigits` on Linux stays 2 whatever the currency.
  public static func cldrDigits(_ currency: String) -> Int {
    // ICU formats a code it cannot use as a plain number, with all the sample's decimals.
    guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      return 2
    }
    let sample = Decimal(123_456) / Decimal(1_000_000)
    let text = sample.formatted(
      .currency(code: currency).locale(Locale(identifier: "en_US_POSIX")))
    guard let point = text.lastIndex(of: ".") else { return 0 }
    return text[text.index(after: point)...].prefix { $0.isASCII && $0.isNumber }.count
  }
}

extension Assessment {
  /// How this assessment's money is shown: the inventory's whole currencies without decimals.
  public var money: MoneyFormat { MoneyFormat(wholeCurrencies: exposure.wholeCurrencies) }
}
