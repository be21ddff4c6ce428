import Foundation
import ReadinessCore

/// A language read from its catalogue: messages and fixed texts from the catalogue, plural
/// categories and "and" lists from ICU (CLDR), figures from Foundation, typographic quotation
/// marks. A message the catalogue lacks is written in English; `catalog check` and the tests
/// keep every shipped catalogue whole.
public struct CatalogLanguage: MessageLanguage {
  public let tag: String
  public let rightToLeft: Bool
  let catalog: Catalog
  /// The forms of each of `keys` (given to `init`) by its `MessageKey.serial`; nil where the
  /// catalogue lacks it. Any other key is looked up by its id.
  private let bySerial: [[String]?]
  let figures: LocaleFigures
  private let plurals: PluralRules?
  /// The plural form of each count below `formsKnown`, read from ICU once rather than for
  /// every message (a plan writes day counts tens of thousands of times).
  private let forms: [Int]
  private static let formsKnown = 1_000
  private let lists: ListJoiner?

  /// The catalogue's language written for `tag`: `es-MX` takes es.po's words and Mexico's
  /// figures; `es` takes the catalogue's own (`X-Figures: es-419`). The translations of `keys`,
  /// the messages the tool writes, are kept by serial.
  public init(_ catalog: Catalog, tag: String, keys: [MessageKey] = []) {
    self.tag = tag
    self.catalog = catalog
    var bySerial = [[String]?](repeating: nil, count: (keys.map(\.serial).max() ?? -1) + 1)
    for key in keys { bySerial[key.serial] = catalog.messages[key.id] }
    self.bySerial = bySerial
    figures = LocaleFigures(tag.contains("-") ? tag : catalog.figures)
    let plurals = PluralRules(tag)
    forms = (0..<Self.formsKnown).map { Self.form($0, plurals, catalog.categories) }
    self.plurals = plurals
    lists = ListJoiner(tag)
    rightToLeft = Locale.Language(identifier: catalog.language).characterDirection == .rightToLeft
  }

  public var reviewed: Bool { catalog.reviewed }

  public func pattern(_ key: MessageKey, count: Int?) -> String {
    let known = bySerial.indices.contains(key.serial) ? bySerial[key.serial] : nil
    guard let forms = known ?? catalog.messages[key.id], !forms.isEmpty else {
      return EnglishLanguage().pattern(key, count: count)
    }
    guard forms.count > 1 else { return forms[0] }
    guard let count else { return forms[forms.count - 1] }
    let index =
      (0..<Self.formsKnown).contains(count)
      ? self.forms[count] : Self.form(count, plurals, catalog.categories)
    return forms[min(max(index, 0), forms.count - 1)]
  }

  /// The index of `count`'s plural category among `categories`, the catalogue's forms; the
  /// last (`other`) when ICU names none of them.
  private static func form(_ count: Int, _ plurals: PluralRules?, _ categories: [String]) -> Int {
    let category = plurals?.category(count) ?? "other"
    return categories.firstIndex(of: category) ?? categories.count - 1
  }

  public func figure(_ figure: Figure) -> String { figures.format(figure) }

  public func list(_ items: [String], _ style: ListStyle) -> String {
    switch style {
    case .and: lists?.join(items) ?? items.joined(separator: ", ")
    case .comma: items.joined(separator: ", ")
    case .semicolon: items.joined(separator: "; ")
    }
  }

  public func quote(_ text: String, limit: Int) -> String {
    "“" + MessageQuoting.plain(text, limit: limit, marks: Self.marks) + "”"
  }

  public func fixedText(_ english: String) -> String { catalog.fixedTexts[english] ?? english }

  /// The marks a quoted title drops: single and double, straight and curly, and guillemets.
  static let marks: Set<Character> = MessageQuoting.single.union(["\"", "“", "”", "«", "»"])

  /// The plural categories CLDR gives `tag`, in CLDR's order.
  public static func categories(_ tag: String) -> [String] {
    PluralRules(tag)?.categories ?? ["other"]
  }
}
