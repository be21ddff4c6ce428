import ReadinessCore
import Testing

@testable import ReadinessLocale

/// `Catalog.problems`: what `catalog check` and the shipped-catalogue test report.
@Suite("a catalogue checked against the messages")
struct CatalogCheckTests {
  static let keys = [
    MessageKey("t.late", "Task '{title}' is late: {reason}"),
    MessageKey("t.tasks", one: "{count} task", other: "{count} tasks"),
    MessageKey(
      "t.blocked", one: "{items} is blocked", other: "{items} are blocked", count: "items"),
  ]

  static func problems(_ entries: String, categories: String = "one, other") throws -> [String] {
    let text = """
      msgid ""
      msgstr ""
      "Language: xx\\n"
      "X-Plural-Categories: \(categories)\\n"

      """ + entries
    let catalog = try Catalog(POFile(parsing: text, file: "xx.po"), file: "xx.po")
    return catalog.problems(
      keys: keys, fixedTexts: ["As of {{asOf}}", "At <strong>{{adoption}}</strong> adoption"],
      rules: ["one", "other"]
    ).map(\.message)
  }

  static let whole = """
    msgctxt "t.late"
    msgid "Task '{title}' is late: {reason}"
    msgstr "Tarefa “{title}” atrasada: {reason}"

    msgctxt "t.tasks"
    msgid "{count} task"
    msgid_plural "{count} tasks"
    msgstr[0] "uma tarefa"
    msgstr[1] "{count} tarefas"

    msgctxt "t.blocked"
    msgid "{items} is blocked"
    msgid_plural "{items} are blocked"
    msgstr[0] "{items} está bloqueado"
    msgstr[1] "{items} estão bloqueados"

    msgctxt "template"
    msgid "As of {{asOf}}"
    msgstr "Em {{asOf}}"

    msgctxt "template"
    msgid "At <strong>{{adoption}}</strong> adoption"
    msgstr "Com <strong>{{adoption}}</strong> de adoção"
    """

  @Test("a whole catalogue has no problem; a singular form may leave the count out")
  func whole() throws {
    #expect(try Self.problems(Self.whole) == [])
  }

  @Test(
    "each defect is reported",
    arguments: [
      ("{reason}\"", "{motivo}\"", "names {motivo}"),
      ("\"uma tarefa\"\nmsgstr[1] \"{count} tarefas\"", "\"uma tarefa\"", "has 1 forms, not 2"),
      ("Em {{asOf}}", "Em", "has the tags"),
      ("msgctxt \"t.late\"", "#, fuzzy\nmsgctxt \"t.late\"", "is fuzzy"),
      ("msgctxt \"t.late\"", "msgctxt \"t.gone\"", "no entry for 't.late'"),
      ("msgid \"Task '{title}' is late: {reason}\"", "msgid \"Task {title} late\"", "changed"),
      ("msgid_plural \"{count} tasks\"", "msgid_plural \"{count} jobs\"", "changed"),
      ("msgstr[1] \"{count} tarefas\"", "msgstr[1] \"tarefas\"", "names {}"),
      ("msgstr[0] \"{items} está bloqueado\"", "msgstr[0] \"bloqueado\"", "names {}"),
      (
        "msgstr \"Em {{asOf}}\"\n",
        "msgstr \"Em {{asOf}}\"\n\nmsgctxt \"t.late\"\nmsgid \"x\"\nmsgstr \"y\"\n",
        "given twice"
      ),
      ("<strong>{{adoption}}</strong> de", "<strong>{{adoption}} de", "has the tags"),
      ("<strong>{{adoption}}</strong> de", "</strong>{{adoption}}<strong> de", "closes a section"),
      ("Em {{asOf}}", "Em \\\"{{asOf}}\\\"", "adds '\"'"),
      ("Em {{asOf}}", "Em {{asOf}} {{", "adds '{'"),
    ])
  func defects(find: String, replace: String, expected: String) throws {
    let text = Self.whole.replacingOccurrences(of: find, with: replace)
    let found = try Self.problems(text)
    #expect(found.contains { $0.contains(expected) }, "\(found)")
  }

  @Test("categories other than CLDR's are reported")
  func wrongCategories() throws {
    #expect(
      try Self.problems(Self.whole, categories: "other").contains {
        $0.contains("X-Plural-Categories")
      })
  }
}
