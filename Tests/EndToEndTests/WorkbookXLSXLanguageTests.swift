import Foundation
import Testing

/// workbook.xlsx and portfolio.xlsx in the report's language, as openpyxl reads them: sheet
/// names valid and translated, headers and words translated, numbers still numbers and days
/// still dates in the language's format, conditional formats keyed on codes, not words.
@Suite("workbook.xlsx in the report's language")
struct WorkbookXLSXLanguageTests {
  /// The catalogue the sheets' texts come from: the pseudo-locale's are English made strange.
  static func catalogue(_ lang: String) -> String {
    BinaryRunner.root.appendingPathComponent(
      lang == "en-XA" ? "Translations/messages.pot" : "Translations/\(lang).po"
    ).path
  }

  @Test(
    "the example's workbook in pt-BR and en-XA: translated, valid names, numbers and dates kept, colours keyed on codes",
    arguments: ["pt-BR", "en-XA"])
  func example(lang: String) throws {
    let out = try ExampleOutputTests.fresh(["--format", "xml,xlsx", "--lang", lang])
    let run = try ExampleFiguresTests.runTool(
      "python3",
      [
        WorkbookXLSXTests.support.appendingPathComponent("check_xlsx_language.py").path,
        out.appendingPathComponent("workbook.xlsx").path,
        out.appendingPathComponent("workbook.xml").path, Self.catalogue(lang),
        BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml").path,
      ])
    #expect(run.status == 0, "check_xlsx_language.py \(lang):\n\(run.output)")
  }

  @Test(
    "the portfolio's workbook in en-XA: its sheet and headers translated, RAGs coloured by code")
  func portfolio() throws {
    let space = try BinaryRunner.temporaryFolder()
    let clients = space.appendingPathComponent("clients")
    try FileManager.default.createDirectory(at: clients, withIntermediateDirectories: true)
    for name in ["contact-centre.yaml", "minimal.yaml", "holidays-nl.ics"] {
      try FileManager.default.copyItem(
        at: BinaryRunner.root.appendingPathComponent("Examples/\(name)"),
        to: clients.appendingPathComponent(name))
    }
    let out = space.appendingPathComponent("out")
    let run = try BinaryRunner.run(
      ["portfolio", clients.path, "--out", out.path, "--no-history", "--lang", "en-XA"])
    #expect(run.status == 0, "\(run.stderr)")
    let check = try ExampleFiguresTests.runTool(
      "python3",
      [
        WorkbookXLSXTests.support.appendingPathComponent("check_xlsx_language.py").path,
        out.appendingPathComponent("portfolio.xlsx").path, Self.catalogue("en-XA"),
      ])
    #expect(check.status == 0, "check_xlsx_language.py portfolio:\n\(check.output)")
  }
}
