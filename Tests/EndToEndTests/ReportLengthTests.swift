import Foundation
import FoundationXML
import Testing

/// The bundled example's report.html, with its three-week history, prints on A4 landscape in at
/// most 16 pages (and in enough of them that a report missing its sections cannot pass), and its
/// collapsed register and one-table actions still hold every risk and action workbook.xml lists.
@Suite("the example's report prints short and keeps every risk and action", .serialized)
struct ReportLengthTests {
  /// The most pages the example may print to, and the fewest a whole report needs.
  static let pages = 10...16

  /// The example's `formats` (report.html and workbook.xml by default) as of 2026-11-25,
  /// compared with a copy of the committed history, into a fresh folder.
  static func example(formats: String = "html,xml") throws -> URL {
    let out = try BinaryRunner.temporaryFolder()
    let history = out.appendingPathComponent("history.sqlite")
    try FileManager.default.copyItem(
      at: ExampleOutputTests.folder.appendingPathComponent("history.sqlite"), to: history)
    let run = try BinaryRunner.run([
      "report", "Examples/contact-centre.yaml", "--as-of", "2026-11-25", "--out", out.path,
      "--history", history.path, "--format", formats,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    return out
  }

  /// The part of `html` from the element with `id` to the end of its section.
  static func section(_ id: String, of html: String) -> Substring {
    guard let start = html.range(of: "id=\"\(id)\""),
      let end = html[start.upperBound...].range(of: "</section>")
    else { return "" }
    return html[start.upperBound..<end.lowerBound]
  }

  /// `text` as the templates escape it.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }

  @Test("headless Chromium prints the example's report.html on 10 to 16 A4 landscape pages")
  func printsShort() throws {
    let report = try Self.example().appendingPathComponent("report.html")
    let pdf = report.deletingLastPathComponent().appendingPathComponent("report.pdf")
    _ = try ExampleFiguresTests.runTool(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=\(pdf.path)", report.absoluteString,
      ])
    let info = try ExampleFiguresTests.runTool("pdfinfo", [pdf.path]).output
    let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    #expect(count.map(Self.pages.contains) == true, "\(count.map(String.init) ?? "no") pages")
    #expect(info.contains("(A4)"), "pdfinfo: \(info)")
  }

  @Test(
    "every risk of workbook.xml is in the register or its appendix, every action under its owner")
  func keepsEveryRow() throws {
    let out = try Self.example()
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    let parser = try #require(XMLParser(contentsOf: out.appendingPathComponent("workbook.xml")))
    let collector = ElementCollector()
    parser.delegate = collector
    #expect(parser.parse())
    let register = Self.section("risks", of: html) + Self.section("appendix", of: html)
    let risks = collector.elements.filter { $0.name == "risk" }.compactMap { $0.attributes["id"] }
    #expect(risks.count > 20, "the example's register has \(risks.count) risks")
    for id in risks {
      let found = register.components(separatedBy: "<bdi>\(Self.escaped(id))</bdi>").count - 1
      #expect(found == 1, "risk \(id) is shown \(found) times")
    }
    let groups = Self.section("actions", of: html).components(separatedBy: "<tbody>").dropFirst()
    var owner: String?
    var actions = 0
    for element in collector.elements where element.name == "owner" || element.name == "action" {
      if element.name == "owner" {
        owner = element.attributes["name"] ?? "Unassigned"
        continue
      }
      actions += 1
      let ref = Self.escaped(element.attributes["ref"] ?? "")
      let group = groups.first { $0.contains("<bdi>\(Self.escaped(owner ?? ""))</bdi>: ") }
      #expect(group?.contains("<bdi>\(ref)</bdi>") == true, "\(ref) is not under \(owner ?? "")")
    }
    #expect(actions > 20 && groups.count > 5, "\(actions) actions of \(groups.count) owners")
  }
}
