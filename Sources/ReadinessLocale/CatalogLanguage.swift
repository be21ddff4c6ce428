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
  let figures: LocaleFigures
  private let plurals: PluralRules?
  private let lists: ListJoiner?

  /// The catalogue's language written for `tag`: `es-MX` takes es.po's words and Mexico's
  /// figures; `es` takes the catalogue's own (`X-Figures: es-419`).
  public init(_ catalog: Catalog, tag: String) {
    self.tag = tag
    self.catalog = catalog
    figures = LocaleFigures(tag.contains("-") ? tag : catalog.figures)
    plurals = PluralRules(tag)
    lists = ListJoiner(tag)
    rightToLeft = Locale.Language(identifier: catalog.language).characterDirection == .rightToLeft
  }

  public var reviewed: Bool { catalog.reviewed }

  public func pattern(_ key: MessageKey, count: Int?) -> String {
    guard let forms = catalog.messages[key.id], !forms.isEmpty else {
      return EnglishLanguage().pattern(key, count: count)
    }
    guard forms.count > 1 else { return forms[0] }
    guard let count else { return forms[forms.count - 1] }
    let category = plurals?.category(count) ?? "other"
    let index = catalog.categories.firstIndex(of: category) ?? catalog.categories.count - 1
    return forms[min(max(index, 0), forms.count - 1)]
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
