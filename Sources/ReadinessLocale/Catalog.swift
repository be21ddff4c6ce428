import Foundation

/// One language's translations, read from its PO file: the messages by id (one form, or one per
/// plural category), the templates' fixed texts by their English, and the header's language,
/// plural categories and review status.
public struct Catalog: Sendable {
  /// The context of the templates' fixed texts; every other context is a message id.
  public static let templateContext = "template"

  /// The `Language` header: `pt-BR`.
  public let language: String
  /// The `X-Plural-Categories` header, in CLDR's order: the meaning of `msgstr[n]`.
  public let categories: [String]
  /// The `X-Review-Status` header: `reviewed by NAME on DATE`, or a draft's status.
  public let reviewStatus: String
  /// The `X-Figures` header: the locale whose figures a tag without a region is written with
  /// (`es-419` for es.po, written for Latin America); the language itself when absent.
  public let figures: String
  let messages: [String: [String]]
  let fixedTexts: [String: String]
  /// Every entry, for checking it against the messages and templates.
  let entries: [POFile.Entry]
  let file: String

  /// The catalogue in `po`, read from `file`.
  /// - Throws: `CatalogError` when the header lacks `Language` or `X-Plural-Categories`.
  public init(_ po: POFile, file: String) throws(CatalogError) {
    guard let language = po.header("Language"), !language.isEmpty else {
      throw CatalogError(
        file: file, line: 1, "the header has no Language", hint: "add \"Language: pt-BR\\n\"")
    }
    guard let categories = po.header("X-Plural-Categories") else {
      throw CatalogError(
        file: file, line: 1, "the header has no X-Plural-Categories",
        hint: "name the language's CLDR plural categories: \"X-Plural-Categories: one, other\\n\"")
    }
    self.language = language
    self.categories = categories.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    reviewStatus = po.header("X-Review-Status") ?? "not reviewed"
    figures = po.header("X-Figures") ?? language
    var messages: [String: [String]] = [:]
    var fixedTexts: [String: String] = [:]
    for entry in po.entries where !entry.english.isEmpty && !entry.flags.contains("fuzzy") {
      guard let context = entry.context, entry.translations.allSatisfy({ !$0.isEmpty }) else {
        continue
      }
      // The first of two entries for one message is the one used; `problems` reports the second.
      if context == Self.templateContext {
        fixedTexts[entry.english] = fixedTexts[entry.english] ?? entry.translations[0]
      } else {
        messages[context] = messages[context] ?? entry.translations
      }
    }
    self.messages = messages
    self.fixedTexts = fixedTexts
    entries = po.entries
    self.file = file
  }

  /// Whether a fluent reviewer signed it off.
  public var reviewed: Bool { reviewStatus.hasPrefix("reviewed") }
}
