/// What a language supplies to render messages: its pattern for a key and a count, its figures,
/// its lists and its quotation marks. English is built in (`EnglishLanguage`); the others come
/// from catalogues.
public protocol MessageLanguage: Sendable {
  /// The BCP 47 tag the pages carry in `lang`: `en`, `pt-BR`.
  var tag: String { get }
  /// Whether the language is written right to left (the pages' `dir`).
  var rightToLeft: Bool { get }
  /// Whether a fluent reviewer signed the translation off; English is the source.
  var reviewed: Bool { get }
  /// A template's fixed text, given in English, in this language.
  func fixedText(_ english: String) -> String
  /// The pattern of `key` in this language; `count` (when the key has one) chooses the plural
  /// form.
  func pattern(_ key: MessageKey, count: Int?) -> String
  func figure(_ figure: Figure) -> String
  func list(_ items: [String], _ style: ListStyle) -> String
  /// `text` between this language's quotation marks, without marks of its own, cut before
  /// `limit` characters (`MessageQuoting`).
  func quote(_ text: String, limit: Int) -> String
}

/// English, from the keys' own patterns, written exactly as the outputs always wrote it:
/// figures by `Figures`, ISO days, "a, b and c" lists, titles in single quotes.
public struct EnglishLanguage: MessageLanguage {
  public init() {}

  public var tag: String { "en" }
  public var rightToLeft: Bool { false }
  public var reviewed: Bool { true }
  public func fixedText(_ english: String) -> String { english }

  public func pattern(_ key: MessageKey, count: Int?) -> String {
    count == 1 ? key.englishOne ?? key.english : key.english
  }

  public func figure(_ figure: Figure) -> String {
    switch figure {
    case .count(let n): String(n)
    case .whole(let value): Figures.count(value)
    case .score(let value): Figures.score(value)
    case .percent(let value): Figures.percent(value)
    case .day(let day): day.iso
    case .month(let month): Figures.month(month)
    case .weekday(let weekday): weekday.name
    case .shortDay(let day): day.iso
    case .money(let amount, let currency, let places):
      Figures.money(amount, currency: currency, places: places)
    }
  }

  public func list(_ items: [String], _ style: ListStyle) -> String {
    switch style {
    case .comma: items.joined(separator: ", ")
    case .semicolon: items.joined(separator: "; ")
    case .and:
      items.count > 1
        ? items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        : items.first ?? ""
    }
  }

  public func quote(_ text: String, limit: Int) -> String {
    "'" + MessageQuoting.plain(text, limit: limit, marks: MessageQuoting.single) + "'"
  }
}
