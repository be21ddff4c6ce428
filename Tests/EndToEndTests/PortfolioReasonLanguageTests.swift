import Foundation
import Testing

/// Each client's reason on the roll-up is a message, carried in shard files and the portfolio
/// database, so index.html and portfolio.xlsx show it in the roll-up's language.
@Suite("the portfolio's client reasons in the roll-up's language")
struct PortfolioReasonLanguageTests {
  static let english =
    "Red because the critical risk 'Click-to-WhatsApp ads silently loses conversations from…'"
    + " is open and phase implementation is red."
  static let portuguese =
    "Vermelho porque o risco crítico “Click-to-WhatsApp ads perde em silêncio conversas de…”"
    + " está aberto e a fase de implementação está com farol vermelho."

  /// The texts of the workbook's shared strings.
  static func workbookText(_ file: URL) throws -> String {
    let script = """
      import sys, zipfile
      print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())
      """
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path])
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }

  @Test("one run and shards merged by --rollup, in pt-BR: the reason in Portuguese")
  func portuguese() throws {
    let space = try BinaryRunner.temporaryFolder()
    try FileManager.default.createDirectory(
      at: space.appendingPathComponent("clients"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml"),
      to: space.appendingPathComponent("clients/minimal.yaml"))
    let runs = [
      ["portfolio", "clients", "--out", "one", "--lang", "pt-BR"],
      ["portfolio", "clients", "--out", "shards", "--no-history", "--shard", "1/1"],
      ["portfolio", "--rollup", "shards", "--out", "shards", "--lang", "pt-BR"],
      ["portfolio", "clients", "--out", "en", "--no-history"],
    ]
    for arguments in runs {
      let run = try BinaryRunner.run(arguments + ["--quiet"], in: space)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
    }
    for folder in ["one", "shards"] {
      let out = space.appendingPathComponent(folder)
      let index = try String(
        contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
      #expect(index.contains("<span class=\"why\">\(Self.portuguese)</span>"), "\(folder)")
      let workbook = try Self.workbookText(out.appendingPathComponent("portfolio.xlsx"))
      #expect(workbook.contains(Self.portuguese) && !workbook.contains("Red because"))
    }
    let english = try String(
      contentsOf: space.appendingPathComponent("en/index.html"), encoding: .utf8)
    #expect(english.contains(Self.english.replacingOccurrences(of: "'", with: "&#39;")))
    let stored = try HistoryWorkspace.query(
      space.appendingPathComponent("shards/portfolio.sqlite"),
      "SELECT overall_reason_message FROM clients")
    #expect(stored.count == 1 && stored[0].hasPrefix("{\"v\":1,\"id\":\"rag.overall.red\""))
  }
}
