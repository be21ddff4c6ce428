import ReadinessCore
import Testing

@testable import ReadinessLocale

/// CLDR's plural categories and list patterns from ICU, and figures from Foundation, for each
/// shipped language: what the catalogues' plural forms and the sentences' lists rest on.
@Suite("plural rules, lists and figures per language")
struct LanguageRulesTests {
  static func language(_ tag: String, _ entries: String = "") throws -> CatalogLanguage {
    let categories = CatalogLanguage.categories(tag).joined(separator: ", ")
    let text = """
      msgid ""
      msgstr ""
      "Language: \(tag)\\n"
      "X-Plural-Categories: \(categories)\\n"

      """ + entries
    return CatalogLanguage(try Catalog(POFile(parsing: text, file: "t.po"), file: "t.po"), tag: tag)
  }

  @Test(
    "ICU gives each language CLDR's categories",
    arguments: [
      ("en", ["one", "other"]), ("es", ["one", "many", "other"]),
      ("pt-BR", ["one", "many", "other"]), ("id", ["other"]), ("hi", ["one", "other"]),
    ])
  func categories(tag: String, expected: [String]) {
    #expect(CatalogLanguage.categories(tag) == expected)
  }

  @Test("a count chooses its form by the language's rule: 0 is singular in pt-BR and hi, not es")
  func pluralForms() throws {
    let key = MessageKey("t.tasks", one: "{count} task", other: "{count} tasks")
    let pt = try Self.language(
      "pt-BR",
      """
      msgctxt "t.tasks"
      msgid "{count} task"
      msgid_plural "{count} tasks"
      msgstr[0] "{count} tarefa"
      msgstr[1] "{count} de tarefas"
      msgstr[2] "{count} tarefas"
      """)
    let text = { (n: Int) in Message(key, ["count": .count(n)]).text(in: pt) }
    #expect(text(0) == "0 tarefa" && text(1) == "1 tarefa" && text(2) == "2 tarefas")
    #expect(text(1_000_000) == "1.000.000 de tarefas")
    let es = try Self.language(
      "es",
      """
      msgctxt "t.tasks"
      msgid "{count} task"
      msgid_plural "{count} tasks"
      msgstr[0] "{count} tarea"
      msgstr[1] "{count} de tareas"
      msgstr[2] "{count} tareas"
      """)
    #expect(Message(key, ["count": .count(0)]).text(in: es) == "0 tareas")
    #expect(Message(key, ["count": .count(1)]).text(in: es) == "1 tarea")
  }

  @Test(
    "an 'and' list is joined as the language joins it",
    arguments: [
      ("pt-BR", "a, b e c"), ("es", "a, b y c"), ("id", "a, b, dan c"), ("hi", "a, b, और c"),
      ("en", "a, b, and c"),
    ])
  func lists(tag: String, expected: String) throws {
    #expect(try Self.language(tag).list(["a", "b", "c"], .and) == expected)
    #expect(try Self.language(tag).list(["a"], .and) == "a")
  }

  @Test("figures follow the locale and round as English rounds them")
  func figures() throws {
    let pt = try Self.language("pt-BR")
    #expect(pt.figure(.score(1234.45)) == "1.234,5")
    #expect(pt.figure(.percent(62.5)) == "62,5%")
    #expect(pt.figure(.whole(5860)) == "5.860")
    #expect(pt.figure(.day(Day(year: 2026, month: 11, day: 25)!)).contains("2026"))
    let id = try Self.language("id")
    #expect(id.figure(.money(211_600_000, currency: "IDR", places: 0)) == "IDR\u{A0}211.600.000")
    let hi = try Self.language("hi")
    #expect(hi.figure(.whole(1_234_567)) == "12,34,567", "Indian grouping, Latin digits")
    let mx = try Self.language("es-MX")
    #expect(mx.figure(.score(1234.5)) == "1,234.5", "es-MX writes Mexico's figures")
  }

  @Test("the pseudo-locale accents words and keeps placeholders, tags and markup")
  func pseudo() {
    let text = PseudoLanguage.pseudo("At <strong>{{adoption}}</strong> of {count} flows")
    #expect(text.contains("<strong>{{adoption}}</strong>") && text.contains("{count}"))
    #expect(!text.contains("At ") && !text.contains("flows") && text.hasPrefix("⟦"))
  }
}

/// The tags `--lang` and `programme.language` take.
@Suite("language tags")
struct LanguageTagTests {
  @Test(
    "a shipped language, alone or with a region, in canonical case; nothing else",
    arguments: [
      ("pt-br", "pt-BR"), ("ES", "es"), ("es-mx", "es-MX"), ("es-419", "es-419"),
      ("hi-IN", "hi-IN"),
      ("en", "en"), ("fr", nil), ("pt", nil), ("pt-PT", nil), ("es-Arab", nil), ("es-", nil),
      ("es-MX-x", nil), ("../es", nil), ("es-MXX", nil), ("", nil),
    ] as [(String, String?)])
  func canonical(tag: String, expected: String?) {
    #expect(ReportLanguages.canonical(tag) == expected)
  }
}
