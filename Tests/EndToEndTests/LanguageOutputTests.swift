import Foundation
import Testing

/// The briefing in every shipped language and in the pseudo-locale, as `report --lang` and
/// `programme.language` choose it: one printed page in each (the longest texts, on the hostile
/// fixture and a 2,000-task programme), valid HTML, `lang` on the page, no English left over.
@Suite("the briefing in the steering committee's language", .serialized)
struct LanguageOutputTests {
  static let languages = ["es", "pt-BR", "id", "hi"]

  /// briefing.html of `inventory` in `lang`, written into a fresh folder.
  static func briefing(_ inventory: String, lang: String, _ extra: [String] = []) throws -> URL {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", out.path, "--format", "briefing", "--lang", lang] + extra)
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    return out.appendingPathComponent("briefing.html")
  }

  /// A fresh folder holding the holiday calendar the example names, for edited copies of it.
  static func withHolidays() throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent("Examples/holidays-nl.ics"),
      to: folder.appendingPathComponent("holidays-nl.ics"))
    return folder
  }

  /// The page's visible text: no style, no tags, entities read.
  static func visibleText(_ page: URL) throws -> String {
    var html = try String(contentsOf: page, encoding: .utf8)
    html = html.replacing(/<style>[\s\S]*?<\/style>/, with: " ")
    html = html.replacing(/<[^>]+>/, with: " ")
    return html.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(
      of: "&#39;", with: "'"
    )
    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
    .replacingOccurrences(of: "&gt;", with: ">")
  }

  @Test(
    "each language's briefing prints on one A4 and one Letter page, hostile and 2,000 tasks too")
  func onePage() throws {
    let large = try BriefingOutputTests.largeInventory()
    for lang in Self.languages + ["en-XA"] {
      for inventory in ["Examples/contact-centre.yaml", "Tests/Fixtures/hostile.yaml", large] {
        let page = try Self.briefing(inventory, lang: lang, ["--no-history"])
        for paper in ["A4 landscape", "letter landscape"] {
          #expect(
            try BriefingOutputTests.pages(page, paper: paper) == 1, "\(lang) \(inventory) \(paper)")
        }
      }
    }
  }

  @Test(
    "each language's briefing passes the Nu checker and names its language; Hindi prints in a Devanagari font"
  )
  func validAndTagged() throws {
    for lang in Self.languages {
      let page = try Self.briefing("Tests/Fixtures/hostile.yaml", lang: lang, ["--no-history"])
      let html = try String(contentsOf: page, encoding: .utf8)
      #expect(html.contains("<html lang=\"\(lang)\" dir=\"ltr\">"))
      #expect(!html.contains("<script>"), "hostile text stays escaped in \(lang)")
      let check = try NuChecker.check(page.path)
      #expect(check.status == 0, "\(lang):\n\(check.output)")
    }
    let hindi = try Self.briefing("Examples/contact-centre.yaml", lang: "hi", ["--no-history"])
    let pdf = hindi.deletingLastPathComponent().appendingPathComponent("briefing.pdf")
    _ = try ExampleFiguresTests.runTool(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=\(pdf.path)", hindi.absoluteString,
      ])
    let fonts = try ExampleFiguresTests.runTool("pdffonts", [pdf.path]).output
    #expect(fonts.contains("Devanagari"), "no Devanagari font (install fonts-noto-core):\n\(fonts)")
  }

  @Test(
    "the pseudo-locale leaves no English word of the catalogue in the briefing, beyond the inventory's own text"
  )
  func noEnglishLeft() throws {
    let pot = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Translations/messages.pot"),
      encoding: .utf8
    )
    let english = Set(
      pot.split(separator: "\n").filter { $0.hasPrefix("msgid") }
        .flatMap { $0.dropFirst(5).split(whereSeparator: { !$0.isLetter }) }
        .filter { $0.count >= 3 && $0.allSatisfy(\.isASCII) }.map { $0.lowercased() }
    )
    .subtracting(["msgid", "plural", "strong", "class", "num", "bsuid", "whatsapp", "meta", "waba"])
    let inventory = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8
    ).lowercased()
    let history = try BinaryRunner.temporaryFolder().appendingPathComponent("history.sqlite")
    try FileManager.default.copyItem(
      at: ExampleOutputTests.folder.appendingPathComponent("history.sqlite"), to: history)
    let page = try Self.briefing(
      "Examples/contact-centre.yaml", lang: "en-XA",
      ["--as-of", "2026-11-25", "--history", history.path])
    let words = try Self.visibleText(page).split(whereSeparator: { !$0.isLetter }).map {
      $0.lowercased()
    }
    let left = Set(words.filter { english.contains($0) && !inventory.contains($0) })
    #expect(left.isEmpty, "English left in the pseudo-locale briefing: \(left.sorted())")
    #expect(words.count > 200)
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
    let english = try Self.briefing(inventory.path, lang: "en", ["--no-history"])
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

  @Test("portfolio: --lang is the default of clients that name no language; a client's own stays")
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
}
