import Foundation
import ReadinessTestSupport
import Testing

@Suite("report's output folder: no followed symlinks, no temporary files left, one run's files")
struct OutputFolderTests {
  /// A folder holding an inventory named `name` (default: the end-to-end test programme).
  func inventory(named name: String = "Output folder test", asOf: String = "2026-11-25") throws
    -> URL
  {
    let folder = try BinaryRunner.temporaryFolder()
    let url = folder.appendingPathComponent("inventory.yaml")
    try Data("version: 1\nprogramme:\n  name: \(name)\n  as_of: \(asOf)\n".utf8).write(to: url)
    return url
  }

  /// The names in `folder` that are temporary files or the lock file.
  func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
  }

  @Test(
    "symbolic links planted at the report's file names and at a temporary name are replaced, never followed"
  )
  func plantedSymlink() throws {
    let inventory = try inventory()
    let base = inventory.deletingLastPathComponent()
    let out = base.appendingPathComponent("out")
    let victim = base.appendingPathComponent("victim.txt")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("precious".utf8).write(to: victim)
    let planted = ["report.html", "workbook.xml", ".bsuid-tmp-planted-report.html"]
    for name in planted {
      try FileManager.default.createSymbolicLink(
        atPath: out.appendingPathComponent(name).path, withDestinationPath: victim.path)
    }
    let run = try BinaryRunner.run(["report", inventory.path, "--out", out.path, "--no-history"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    for name in ["report.html", "workbook.xml"] {
      let file = try FileManager.default.attributesOfItem(
        atPath: out.appendingPathComponent(name).path)
      #expect(file[.type] as? FileAttributeType == .typeRegular, "\(name)")
    }
  }

  @Test("a temporary file left by a killed run is removed by the next run into the folder")
  func staleTemporaryFiles() throws {
    let inventory = try inventory()
    let out = inventory.deletingLastPathComponent().appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("partial".utf8).write(to: out.appendingPathComponent(".bsuid-tmp-k1lled-report.html"))
    let run = try BinaryRunner.run(["report", inventory.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try leftovers(in: out) == [])
  }

  @Test(
    "a write that fails (the file-size limit) removes its temporary files and the folder it made, and says why"
  )
  func failedWrite() throws {
    let inventory = try inventory()
    let out = inventory.deletingLastPathComponent().appendingPathComponent("out")
    let run = try limitedRun(inventory, out: out, formats: "html,xml")
    #expect(run.status == 74, "\(run.stderr)")
    #expect(run.stderr.contains("cannot write \(out.path)/report.html: File too large"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    // Into a folder that was there already, the folder stays, as empty as it was.
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    #expect(try limitedRun(inventory, out: out, formats: "html,xml").status == 74)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
  }

  @Test("a workbook.xlsx that cannot be written exits 74 before the folder is touched")
  func failedWorkbook() throws {
    let inventory = try inventory()
    let folder = inventory.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let out = folder.appendingPathComponent("out")
    let run = try limitedRun(inventory, out: out, formats: "xlsx", temporary: temporary)
    #expect(run.status == 74, "\(run.stderr)")
    #expect(run.stderr.contains("error: cannot write workbook.xlsx:"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
  }

  /// `report` under a 4-block file-size limit, so the first file larger than that fails.
  private func limitedRun(
    _ inventory: URL, out: URL, formats: String, temporary: URL? = nil
  ) throws -> BinaryRunner.Run {
    try BinaryRunner.execute(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", "ulimit -f 4; exec \"$0\" report \"$1\" --out \"$2\" --format \"$3\" --no-history",
        BinaryRunner.binary.path, inventory.path, out.path, formats,
      ],
      environment: temporary.map { ["TMPDIR": $0.path] } ?? [:])
  }

  @Test("SIGTERM while the files wait for the folder's lock removes them, and ends the run")
  func interrupted() throws {
    let inventory = try inventory()
    let out = inventory.deletingLastPathComponent().appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let lock = open(
      out.appendingPathComponent(".bsuid-readiness.lock").path, O_RDWR | O_CREAT, 0o600)
    #expect(flock(lock, LOCK_EX) == 0)
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = [
      "report", inventory.path, "--out", out.path, "--format", "html,xml", "--no-history",
    ]
    process.standardOutput = FileHandle.nullDevice
    try ProcessLaunch.run(process)
    let deadline = Date().addingTimeInterval(60)
    while try leftovers(in: out).filter({ $0.hasPrefix(".bsuid-tmp-") }).count < 2
      && Date() < deadline
    {
      usleep(20_000)
    }
    #expect(try leftovers(in: out).filter { $0.hasPrefix(".bsuid-tmp-") }.count == 2)
    process.terminate()
    nonisolated(unsafe) let watched = process
    DispatchQueue.global().asyncAfter(deadline: .now() + 20) {
      if watched.isRunning { kill(watched.processIdentifier, SIGKILL) }
    }
    process.waitUntilExit()
    close(lock)
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
    #expect(try leftovers(in: out) == [".bsuid-readiness.lock"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 1)
  }

  @Test("concurrent runs of two inventories into one folder leave the files of one run")
  func concurrentRuns() throws {
    let alpha = try inventory(named: "Alpha", asOf: "2026-11-25")
    let beta = try inventory(named: "Beta", asOf: "2026-10-01")
    let out = alpha.deletingLastPathComponent().appendingPathComponent("out")
    for round in 0..<6 {
      DispatchQueue.concurrentPerform(iterations: 6) { index in
        let source = index % 2 == 0 ? alpha : beta
        _ = try? BinaryRunner.run(["report", source.path, "--out", out.path])
      }
      let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      let xml = try String(contentsOf: out.appendingPathComponent("workbook.xml"), encoding: .utf8)
      let fromAlpha = html.contains("<title>Alpha")
      #expect(fromAlpha != html.contains("<title>Beta"))
      #expect(
        xml.contains(fromAlpha ? "as-of=\"2026-11-25\"" : "as-of=\"2026-10-01\""), "round \(round)")
      #expect(try leftovers(in: out) == [], "round \(round)")
    }
  }

  @Test("--out under a regular file names the file in the way")
  func outUnderAFile() throws {
    let inventory = try inventory()
    let file = inventory.deletingLastPathComponent().appendingPathComponent("afile")
    try Data("x".utf8).write(to: file)
    let run = try BinaryRunner.run(["report", inventory.path, "--out", file.path + "/sub"])
    #expect(run.status == 73)
    #expect(
      run.stderr.contains(
        "error: cannot create the output folder \(file.path)/sub: \(file.path) is a file, not a folder"
      ))
    #expect(!run.stderr.contains("NSCocoaErrorDomain"))
  }
}
