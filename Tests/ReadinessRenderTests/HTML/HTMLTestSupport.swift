import Foundation
import ReadinessCore
import ReadinessRender

/// Shared helpers: the bundled templates read from the repository, and a rendered fixture.
enum HTMLTestSupport {
  /// The repository root (this file is Tests/ReadinessRenderTests/HTML/…).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every bundled template, keyed by its path under `Templates/html`.
  static func bundledTemplates() throws -> [String: String] { try BundledTemplates.all() }

  /// The error a renderer over the bundled templates with `overrides` (labelled `/my/`) is
  /// refused with; nil when it is accepted.
  static func refusal(_ overrides: [String: String]) -> TemplateError? {
    do {
      _ = try HTMLRenderer(
        templates: TemplateSet(
          bundled: try bundledTemplates(), overrides: overrides, overrideLabel: "/my/"))
      return nil
    } catch { return error as? TemplateError }
  }

  static func renderer(overrides: [String: String] = [:]) throws -> HTMLRenderer {
    try HTMLRenderer(templates: TemplateSet(bundled: try bundledTemplates(), overrides: overrides))
  }

  static func html(_ assessment: Assessment, overrides: [String: String] = [:]) throws -> String {
    let file = try renderer(overrides: overrides).render(assessment)
    return String(decoding: file.bytes, as: UTF8.self)
  }

  /// Writes `html` to a fresh temporary folder and returns the file.
  static func write(_ html: String, name: String = "report.html") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "html-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(html.utf8).write(to: url)
    return url
  }
}
