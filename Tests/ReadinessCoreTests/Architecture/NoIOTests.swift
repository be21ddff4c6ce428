import Foundation
import Testing

/// The core, the input readers and the renderers do no I/O: only the CLI reads, writes, prints
/// or reads the clock (the input readers get files through a reader the caller gives).
@Test(
  "no file, console, environment or clock access in ReadinessCore, ReadinessInput, ReadinessRender, ReadinessReport or ReadinessWebhooks"
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
  let targets = [
    "Sources/ReadinessCore", "Sources/ReadinessInput", "Sources/ReadinessRender",
    "Sources/ReadinessReport", "Sources/ReadinessWebhooks",
  ]
  for target in targets {
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

/// Reading YAML, JSON and CSV belongs to ReadinessInput: the core keeps the model, the key
/// declarations and the rules, and never sees a parser.
@Test("ReadinessCore imports no parser: CYAML is ReadinessInput's")
func coreReadsNoSyntax() throws {
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let folder = root.appendingPathComponent("Sources/ReadinessCore")
  let files = try #require(FileManager.default.enumerator(atPath: folder.path))
  var checked = 0
  for case let path as String in files where path.hasSuffix(".swift") {
    let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    checked += 1
    for word in ["import CYAML", "yaml_parser", "JSONSource", "CSVReader"] {
      #expect(!text.contains(word), "ReadinessCore/\(path) uses \(word)")
    }
  }
  #expect(checked > 40, "found only \(checked) source files: is the repository layout intact?")
  let package = try String(
    contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
  #expect(package.contains(#".target(name: "ReadinessCore"),"#), "ReadinessCore depends on nothing")
}
