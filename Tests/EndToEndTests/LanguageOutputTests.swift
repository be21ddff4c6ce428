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
    try page("briefing", inventory, lang: lang, extra)
  }

  /// `format`'s page (`briefing`, `html`) of `inventory` in `lang`, in a fresh folder.
  static func page(_ format: String, _ inventory: String, lang: String, _ extra: [String] = [])
    throws -> URL
  {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", out.path, "--format", format, "--lang", lang] + extra)
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    return out.appendingPathComponent(format == "html" ? "report.html" : "\(format).html")
  }

  /// The page's visible text: no style, no tags, entities read.
  /// The English words of the catalogue's messages and texts (three letters or more), but the
  /// names every language keeps (BSUID, WhatsApp, Meta, WABA) and the PO file's own words.
  static func catalogueWords() throws -> Set<String> {
    let pot = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Translations/messages.pot"),
      encoding: .utf8
    )
    return Set(
      pot.split(separator: "\n").filter { $0.hasPrefix("msgid") }
        .flatMap { $0.dropFirst(5).split(whereSeparator: { !$0.isLetter }) }
        .filter { $0.count >= 3 && $0.allSatisfy(\.isASCII) }.map { $0.lowercased() }
    )
    .subtracting(["msgid", "plural", "strong", "class", "num", "bsuid", "whatsapp", "meta", "waba"])
  }

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
    "each language's briefing and report pass the Nu checker and name their language; Hindi prints in a Devanagari font"
  )
  func validAndTagged() throws {
    for lang in Self.languages {
      for format in ["briefing", "html"] {
        let page = try Self.page(
          format, "Tests/Fixtures/hostile.yaml", lang: lang, ["--no-history"])
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"\(lang)\" dir=\"ltr\">"), "\(lang) \(format)")
        #expect(!html.contains("<script>"), "hostile text stays escaped in \(lang) \(format)")
        let check = try NuChecker.check(page.path)
        #expect(check.status == 0, "\(lang) \(format):\n\(check.output)")
      }
    }
    let hindi = try Self.briefing("Examples/contact-centre.yaml", lang: "hi", ["--no-history"])
    let pdf = try BriefingOutputTests.pdf(of: hindi)
    let fonts = try ExampleFiguresTests.runTool("pdffonts", [pdf.path]).output
    #expect(fonts.contains("Devanagari"), "no Devanagari font (install fonts-noto-core):\n\(fonts)")
  }

  @Test(
    "the pseudo-locale leaves no English word of the catalogue in the briefing, the report, report.md or the calendar, beyond the inventory's own text"
  )
  func noEnglishLeft() throws {
    let english = try Self.catalogueWords()
    let inventory = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8
    ).lowercased()
    let out = try ExampleOutputTests.fresh(["--format", "briefing,html,md,ics", "--lang", "en-XA"])
    let markdown = try String(
      contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8
    ).replacing(/```mermaid[\s\S]*?```/, with: " ")
    // The calendar's texts, unfolded; not its property names, UIDs or categories.
    let calendar = try String(
      contentsOf: out.appendingPathComponent("milestones.ics"), encoding: .utf8
    ).replacingOccurrences(of: "\r\n ", with: "").split(separator: "\r\n")
      .filter { $0.hasPrefix("SUMMARY") || $0.hasPrefix("DESCRIPTION") }
      .map { $0.drop { $0 != ":" } }.joined(separator: " ")
    let texts = [
      ("briefing.html", try Self.visibleText(out.appendingPathComponent("briefing.html"))),
      ("report.html", try Self.visibleText(out.appendingPathComponent("report.html"))),
      ("report.md", markdown), ("milestones.ics", calendar),
    ]
    let holidays = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/holidays-nl.ics"),
      encoding: .utf8
    ).lowercased()
    for (file, text) in texts {
      // Ids are never translated: risk ids (`operational-silence:ctwa-ev`), risk kinds and
      // milestone ids (`item-blocked`, `claim-window`). The pseudo-locale writes its figures as
      // English does, so a month's name (`1 May 2026`, the axis's `May`) is a figure here.
      let prose = text.replacing(/[a-z]+(-[a-z]+)*:[^\s)|,]+|[a-z]+(-[a-z]+)+/, with: " ")
        .replacing(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, with: " ")
      let words = prose.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
      let left = Set(
        words.filter { english.contains($0) && !inventory.contains($0) && !holidays.contains($0) })
      #expect(left.isEmpty, "English left in the pseudo-locale \(file): \(left.sorted())")
      #expect(words.count > 200, "\(file)")
    }
  }
}
