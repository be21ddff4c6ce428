import Foundation
import Testing

/// The core and the renderers do no I/O: only the CLI reads, writes, prints or reads the clock.
@Test(
  "no file, console, environment or clock access in ReadinessCore, ReadinessRender, ReadinessReport or ReadinessWebhooks"
)
func coreAndRenderersDoNoIO() throws {
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let forbidden = [
    "FileManager", "FileHandle", "ProcessInfo", "Date()", "print(", "Data(contentsOf",
    "String(contentsOf",
  ]
  var checked = 0
  for target in [
    "Sources/ReadinessCore", "Sources/ReadinessRender", "Sources/ReadinessReport",
    "Sources/ReadinessWebhooks",
  ] {
    let folder = root.appendingPathComponent(target)
    let files = try #require(FileManager.default.enumerator(atPath: folder.path))
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
      checked += 1
      for word in forbidden {
        #expect(!text.contains(word), "\(target)/\(path) uses \(word)")
      }
    }
  }
  #expect(checked > 40, "found only \(checked) source files: is the repository layout intact?")
}
