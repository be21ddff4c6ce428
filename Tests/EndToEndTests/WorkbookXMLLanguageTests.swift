import Foundation
import Testing

/// workbook.xml in the report's language: its texts translated, `xml:lang` on the root, every
/// machine value (figures, dates, codes, ids) the same as in English, valid for xmllint.
@Suite("workbook.xml writes its texts in the report's language", .serialized)
struct WorkbookXMLLanguageTests {
  /// The attributes that hold the tool's texts; every other attribute is a machine value or
  /// inventory text, the same in every language.
  static let texts: Set = [
    "xml:lang", "rag-reason", "title", "action", "status-note", "reason", "message", "hint",
    "subject", "value", "source", "late-reason",
  ]

  /// The example's workbook (with its history) in `lang`, checked by xmllint, as elements.
  static func workbook(_ lang: String) throws -> [(name: String, attributes: [String: String])] {
    let out = try ExampleOutputTests.fresh(["--format", "xml", "--lang", lang])
    let url = out.appendingPathComponent("workbook.xml")
    let lint = try ExampleFiguresTests.runTool(
      "xmllint", ["--noout", "--nonet", "--schema", "Schemas/workbook.xsd", url.path])
    #expect(lint.status == 0, "\(lang): \(lint.output)")
    return try ExampleFiguresTests().elements(url)
  }

  @Test(
    "pt-BR and en-XA: xml:lang names the language, machine values are English's, rag-reasons are translated"
  )
  func translatedTexts() throws {
    let english = try Self.workbook("en")
    #expect(english.first?.attributes["xml:lang"] == "en")
    let inventory = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8
    ).lowercased()
    for lang in ["pt-BR", "en-XA"] {
      let other = try Self.workbook(lang)
      #expect(other.first?.attributes["xml:lang"] == lang)
      #expect(other.map(\.name) == english.map(\.name), "\(lang): the same elements")
      for (mine, theirs) in zip(other, english) {
        let machine = { (element: [String: String]) in
          element.filter { !Self.texts.contains($0.key) }
        }
        #expect(machine(mine.attributes) == machine(theirs.attributes), "\(lang) <\(mine.name)>")
      }
      for name in ["score", "phase", "point"] {
        let values = { (elements: [(name: String, attributes: [String: String])]) in
          elements.filter { $0.name == name }.map {
            [$0.attributes["rag"], $0.attributes["as-of"]]
          }
        }
        #expect(values(other) == values(english), "\(lang) <\(name)> rag and as-of")
      }
      let reason = try #require(other.first { $0.name == "score" }?.attributes["rag-reason"])
      let englishReason = try #require(
        english.first { $0.name == "score" }?.attributes["rag-reason"])
      #expect(reason != englishReason, "\(lang): \(reason)")
      #expect(other.first { $0.name == "score" }?.attributes["overall"] != nil)
      guard lang == "en-XA" else { continue }
      // No English word of the reason's message is left, beyond the inventory's own text.
      let words = { (text: String) in
        Set(
          text.replacing(/[a-z]+(-[a-z]+)*:[^\s)|,]+/, with: " ")
            .split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
            .filter { $0.count >= 3 && !inventory.contains($0) })
      }
      let left = words(reason).intersection(words(englishReason))
      #expect(left.isEmpty, "English left in the en-XA rag-reason: \(left.sorted()): \(reason)")
    }
  }
}
