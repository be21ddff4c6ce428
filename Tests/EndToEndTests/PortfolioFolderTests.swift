import Foundation
import Testing

/// A client's folder, and so its history, is its inventory file's across runs (issue #21,
/// defect 13): a new file never takes it, and a renamed programme keeps it.
@Suite("portfolio: a client keeps its folder across runs")
struct PortfolioFolderTests {
  /// Each file's folder in the latest run recorded.
  static func folders(_ out: URL) throws -> [String: String] {
    try Dictionary(
      HistoryWorkspace.query(
        out.appendingPathComponent("portfolio.sqlite"),
        "SELECT file || '|' || folder FROM clients JOIN runs ON runs.id = run_id"
          + " WHERE runs.as_of = (SELECT max(as_of) FROM runs)"
      ).map {
        let parts = $0.split(separator: "|").map(String.init)
        return (parts[0], parts[1])
      }, uniquingKeysWith: { $1 })
  }

  @Test("a new file sorting first does not take an existing client's folder; a rename warns")
  func stableFolders() throws {
    let space = try BinaryRunner.temporaryFolder()
    let clients = space.appendingPathComponent("clients")
    try FileManager.default.createDirectory(at: clients, withIntermediateDirectories: true)
    let root = BinaryRunner.root
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Examples/minimal.yaml"),
      to: clients.appendingPathComponent("acme-corp.yml"))
    let out = space.appendingPathComponent("out")
    let first = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet"], in: space)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try Self.folders(out) == ["clients/acme-corp.yml": "acme-corp"])

    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Examples/contact-centre.yaml"),
      to: clients.appendingPathComponent("Acme Corp.yaml"))
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Examples/holidays-nl.ics"),
      to: clients.appendingPathComponent("holidays-nl.ics"))
    let second = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet"], in: space)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(
      try Self.folders(out)
        == ["clients/acme-corp.yml": "acme-corp", "clients/Acme Corp.yaml": "acme-corp-2"])
    let programmes = try HistoryWorkspace.query(
      out.appendingPathComponent("acme-corp/history.sqlite"),
      "SELECT DISTINCT programme FROM snapshots")
    #expect(programmes == ["minimal-readiness-check"], "no other client's snapshots")

    let file = clients.appendingPathComponent("acme-corp.yml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "name: Minimal readiness check", with: "name: Acme renamed")
        .utf8
    ).write(to: file)
    let third = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet"], in: space)
    #expect(third.status == 0, "\(third.stderr)")
    #expect(
      third.stderr.contains(
        "clients/acme-corp.yml: warning: the programme was 'Minimal readiness check' in the last"
          + " run recorded and is now 'Acme renamed'; it keeps its folder 'acme-corp' and its"
          + " history"),
      "\(third.stderr)")
    #expect(try Self.folders(out)["clients/acme-corp.yml"] == "acme-corp")
  }
}
