import Foundation
import ReadinessTestSupport
import Testing

/// A signal during workbook rendering leaves no temporary workbook behind in `$TMPDIR`
/// (issue #21 defect 16): libxlsxwriter writes only to a path, and that file is registered for
/// clean-up like the run's other temporary files.
@Suite("report interrupted while rendering the workbook")
struct WorkbookSignalTests {
  /// An inventory of `count` flows, large enough that the workbook takes a while to render.
  static func inventory(flows count: Int, in folder: URL) throws -> URL {
    var yaml = """
      version: 1
      programme:
        name: Signal test
        as_of: 2026-03-02
      systems:
        - {id: crm, name: CRM, kind: crm, owner: Ana, needs_bsuid: yes}
      flows:

      """
    for index in 0..<count {
      yaml += "  - {id: f\(index), name: Flow \(index), kind: click_to_whatsapp, systems: [crm],"
      yaml += " primary_identifier: phone, monthly_conversations: \(index), owner: Ana}\n"
    }
    let url = folder.appendingPathComponent("inventory.yaml")
    try Data(yaml.utf8).write(to: url)
    return url
  }

  static func workbooks(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix("bsuid-readiness-") && $0.hasSuffix(".xlsx")
    }
  }

  @Test(
    "SIGTERM and SIGINT while the temporary workbook exists remove it",
    arguments: [SIGTERM, SIGINT])
  func interrupted(signal: Int32) throws {
    let folder = try BinaryRunner.temporaryFolder()
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let inventory = try Self.inventory(flows: 20_000, in: folder)
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = [
      "report", inventory.path, "--out", folder.appendingPathComponent("out").path, "--format",
      "xlsx", "--no-history", "--quiet",
    ]
    process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) {
      _, new in new
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try ProcessLaunch.run(process)
    let deadline = Date().addingTimeInterval(120)
    while try Self.workbooks(in: temporary).isEmpty, process.isRunning, Date() < deadline {
      usleep(1_000)
    }
    #expect(try Self.workbooks(in: temporary).count == 1, "the workbook was never seen")
    kill(process.processIdentifier, signal)
    nonisolated(unsafe) let watched = process
    DispatchQueue.global().asyncAfter(deadline: .now() + 30) {
      if watched.isRunning { kill(watched.processIdentifier, SIGKILL) }
    }
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
    #expect(try Self.workbooks(in: temporary) == [])
  }
}
