import Foundation

/// Starts child processes one at a time for every test in the test process. Foundation's
/// `Process.run()` on Linux crashed once in CI (a bad memcpy inside `run()` while other tests
/// launched children at once); serialising the launch alone keeps the children running in
/// parallel.
public enum ProcessLaunch {
  private static let lock = NSLock()

  /// `process.run()`, under the one lock.
  public static func run(_ process: Process) throws {
    try lock.withLock { try process.run() }
  }
}
