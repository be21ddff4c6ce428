import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessRender
import ReadinessXLSX
import Testing

@testable import ReadinessLocale

/// The catalogues in `Translations/` against the messages the code writes and the fixed texts the
/// bundled templates mark: each whole, with the same placeholders, in CLDR's plural forms; the
/// template `messages.pot` current; every message declared in the sources listed once.
@Suite("the shipped catalogues are whole")
struct ShippedCatalogTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let keys =
    MessageCatalog.core + InputMessages.all + RenderMessages.all + WorkbookMessages.all

  static func fixedTexts() throws -> [String] {
    let folder = root.appendingPathComponent("Templates/html")
    var texts: [String: String] = [:]
    let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    for path in files where path.hasSuffix(".mustache") {
      texts[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
    return PortfolioHTML.fixedTexts(
      try String(
        contentsOf: root.appendingPathComponent("Templates/portfolio/index.mustache"),
        encoding: .utf8),
      besides: TemplateSet(bundled: texts).fixedTexts)
  }

  @Test("every message id is declared once, with one English pattern")
  func uniqueIDs() {
    let ids = Self.keys.map(\.id)
    #expect(
      Set(ids).count == ids.count, "\(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
  }

  @Test("every MessageKey the sources declare is in the catalogue's list")
  func declaredKeysAreListed() throws {
    let sources = Self.root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String] ?? []
    let pattern = /MessageKey\(\s*"([A-Za-z0-9.]+)"/
    var declared: Set<String> = []
    for path in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for match in text.matches(of: pattern) { declared.insert(String(match.1)) }
    }
    let listed = Set(Self.keys.map(\.id)).union(["verbatim", "items"])
    #expect(declared.subtracting(listed).isEmpty, "not listed: \(declared.subtracting(listed))")
    #expect(declared.count > 100)
  }

  @Test("Translations/messages.pot is what `catalog template` writes now")
  func templateIsCurrent() throws {
    let committed = try String(
      contentsOf: Self.root.appendingPathComponent("Translations/messages.pot"), encoding: .utf8)
    let fresh = POTemplate.text(
      keys: Self.keys, fixedTexts: try Self.fixedTexts(), version: "0.1.0")
    #expect(committed == fresh, "run: bsuid-readiness catalog template > Translations/messages.pot")
  }

  @Test(
    "each shipped catalogue translates every message and fixed text, in CLDR's plural forms",
    arguments: ReportLanguages.shipped.filter { $0 != "en" })
  func whole(language: String) throws {
    let path = Self.root.appendingPathComponent("Translations/\(language).po").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let catalog = try Catalog(POFile(parsing: text, file: path), file: path)
    #expect(catalog.language == language)
    let problems = catalog.problems(
      keys: Self.keys, fixedTexts: try Self.fixedTexts(),
      rules: CatalogLanguage.categories(language))
    #expect(problems.isEmpty, "\(problems.prefix(10).map { "\($0.location): \($0.message)" })")
    #expect(catalog.reviewStatus != "not reviewed", "the header records its X-Review-Status")
  }
}
