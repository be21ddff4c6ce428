import Testing

@testable import ReadinessLocale

@Suite("PO files")
struct POFileTests {
  static let sample = """
    msgid ""
    msgstr ""
    "Language: pt-BR\\n"
    "X-Plural-Categories: one, many, other\\n"
    "X-Review-Status: not reviewed\\n"

    #. {count}: open issues
    msgctxt "issues.open"
    msgid "{count} open issue"
    msgid_plural "{count} open issues"
    msgstr[0] "{count} problema "
    "aberto"
    msgstr[1] "{count} de problemas abertos"
    msgstr[2] "{count} problemas abertos"

    #, fuzzy
    msgctxt "issues.none"
    msgid "no open issue"
    msgstr "nenhum"

    msgctxt "template"
    msgid "As of {{asOf}}"
    msgstr "Em \\"{{asOf}}\\""
    """

  @Test("entries keep their context, English, forms, continuation lines, flags and escapes")
  func parses() throws {
    let po = try POFile(parsing: Self.sample, file: "pt-BR.po")
    #expect(po.header("Language") == "pt-BR")
    #expect(po.header("X-Plural-Categories") == "one, many, other")
    let open = try #require(po.entries.first { $0.context == "issues.open" })
    #expect(open.englishPlural == "{count} open issues")
    #expect(
      open.translations == [
        "{count} problema aberto", "{count} de problemas abertos", "{count} problemas abertos",
      ])
    #expect(open.line == 8)
    #expect(po.entries.first { $0.context == "issues.none" }?.flags == ["fuzzy"])
    #expect(po.entries.first { $0.context == "template" }?.translations == ["Em \"{{asOf}}\""])
  }

  @Test("the catalogue leaves fuzzy entries out and reads the header")
  func catalogue() throws {
    let catalog = try Catalog(POFile(parsing: Self.sample, file: "pt-BR.po"), file: "pt-BR.po")
    #expect(catalog.language == "pt-BR")
    #expect(catalog.categories == ["one", "many", "other"])
    #expect(!catalog.reviewed)
    #expect(catalog.messages["issues.none"] == nil)
    #expect(catalog.fixedTexts["As of {{asOf}}"] == "Em \"{{asOf}}\"")
  }

  @Test("CRLF line ends and any spacing after a keyword read as LF and one space")
  func crlf() throws {
    let po = try POFile(
      parsing: "# c\r\nmsgctxt  \"a\"\r\nmsgid\t\"A\"\r\nmsgstr \"á\"\r\n", file: "x.po")
    #expect(
      po.entries.count == 1 && po.entries[0].context == "a" && po.entries[0].translations == ["á"])
  }

  @Test(
    "what is not PO is an error at its line and column",
    arguments: [
      ("msgid \"a\nmsgstr \"b\"", 1, 7, "double quotes"),
      ("msgid \"a\"\nmsgstr[1] \"b\"", 2, 1, "out of order"),
      ("msgid \"a\"\nmsgstr \"b\\q\"", 2, 8, "unknown escape"),
      ("\"orphan\"", 1, 1, "no keyword"),
      ("msgid \"a\"\nmsgtext \"b\"", 2, 1, "unknown keyword"),
      (
        "#, fuzzy\nmsgctxt \"a\"\nmsgid \"A\"\n\nmsgctxt \"b\"\nmsgid \"B\"\nmsgstr \"b\"", 2, 1,
        "without msgstr"
      ),
    ])
  func errors(text: String, line: Int, column: Int, words: String) {
    #expect {
      _ = try POFile(parsing: text, file: "x.po")
    } throws: { error in
      guard let error = error as? CatalogError else { return false }
      return error.line == line && error.column == column && error.message.contains(words)
    }
  }
}
