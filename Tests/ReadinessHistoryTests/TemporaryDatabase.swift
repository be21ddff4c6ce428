import Foundation

/// A fresh folder for one test's database files, removed when the test ends.
final class TemporaryDatabase {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "history-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The path of `name` in the folder (not created).
  func path(_ name: String = "test.sqlite") -> String {
    folder.appendingPathComponent(name).path
  }
}
