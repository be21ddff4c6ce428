import Foundation
import ReadinessTestSupport

/// Runs the built `bsuid-readiness` binary, as a user would, and captures what it did.
struct BinaryRunner {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root (this file is Tests/EndToEndTests/BinaryRunner.swift).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built binary, beside the test bundle in the products folder.
  static var binary: URL {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    for candidate in [folder, folder.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("bsuid-readiness")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/bsuid-readiness")
  }

  /// Runs the binary with `arguments` in `directory` (default: the repository root); `stdin` is
  /// a file fed to standard input; a run still going after `timeout` seconds is killed
  /// (SIGKILL). A `report` that names no history gets `--no-history`, so
  /// tests never record into the repository's `Output/` nor compare with what another run left.
  static func run(
    _ arguments: [String], in directory: URL = root, environment: [String: String] = [:],
    stdin: URL? = nil, timeout: Double? = nil
  ) throws -> Run {
    var arguments = arguments
    if arguments.first == "report",
      !arguments.contains(where: { $0.hasPrefix("--history") || $0 == "--no-history" })
    {
      arguments.append("--no-history")
    }
    return try execute(
      binary, arguments, in: directory,
      environment: ["NO_COLOR": "1"].merging(environment) { _, new in new }, stdin: stdin,
      timeout: timeout)
  }

  /// Runs `executable` with `arguments` in `directory`, with `environment` added to this process's.
  static func execute(
    _ executable: URL, _ arguments: [String], in directory: URL = root,
    environment: [String: String] = [:], stdin: URL? = nil, timeout: Double? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let stdin { process.standardInput = try FileHandle(forReadingFrom: stdin) }
    try ProcessLaunch.run(process)
    if let timeout {
      nonisolated(unsafe) let watched = process
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
        // SIGKILL: a child spawned from a worker thread may have SIGTERM blocked.
        if watched.isRunning { kill(watched.processIdentifier, SIGKILL) }
      }
    }
    // Read both pipes at once, and before waiting: a pipe holds 64 KB, so a child that fills
    // one while the other is being read to its end would block for ever.
    let errReader = BackgroundRead(err.fileHandleForReading)
    let outData = readToEndRetryingInterrupts(out.fileHandleForReading)
    let errData = errReader.data()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A new empty temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bsuid-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Reads a pipe to its end on a background thread, so that another can be read meanwhile.
private final class BackgroundRead: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var bytes = Data()

  init(_ handle: FileHandle) {
    DispatchQueue.global().async { [self] in
      bytes = readToEndRetryingInterrupts(handle)
      done.signal()
    }
  }

  /// Everything the pipe delivered, once the writer has closed it.
  func data() -> Data {
    done.wait()
    return bytes
  }
}

/// Everything `handle` holds up to its end, reading again when a signal interrupts a read:
/// Foundation's `readDataToEndOfFile` traps on EINTR, which hundreds of concurrent child
/// processes (the fuzz runs) make likely.
private func readToEndRetryingInterrupts(_ handle: FileHandle) -> Data {
  var data = Data()
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = read(handle.fileDescriptor, &buffer, buffer.count)
    if count > 0 {
      data.append(contentsOf: buffer[..<count])
    } else if count == 0 || errno != EINTR {
      return data
    }
  }
}
