internal import Mustache

/// The HTML templates a report is rendered with, as texts (the CLI reads the files): the bundled
/// templates, and the override folder's, which replace bundled ones of the same name. A template
/// missing from the override folder keeps its bundled version.
public struct TemplateSet: Sendable {
  /// The file extension of a template.
  public static let fileExtension = "mustache"

  private let bundled: [String: String]
  private let overrides: [String: String]
  private let bundledLabel: String
  private let overrideLabel: String

  /// A set from `bundled` and `overrides`, both keyed by path relative to their folder
  /// (`report.mustache`, `partials/gantt.mustache`). An error names a file with
  /// `bundledLabel` or `overrideLabel` (its folder) in front.
  public init(
    bundled: [String: String], overrides: [String: String] = [:],
    bundledLabel: String = "", overrideLabel: String = ""
  ) {
    self.bundled = bundled
    self.overrides = overrides
    self.bundledLabel = bundledLabel
    self.overrideLabel = overrideLabel
  }

  /// Every template parsed and registered under its path without the extension.
  /// - Throws: `TemplateError.parse` naming the file, line and column of the first template
  ///   that does not parse; `TemplateError.partialCycle` when templates include each other
  ///   without end.
  func library() throws(TemplateError) -> MustacheLibrary {
    try checkPartialCycles()
    var library = MustacheLibrary()
    for (files, label) in [(bundled, bundledLabel), (overrides, overrideLabel)] {
      for path in files.keys.sorted() where path.hasSuffix("." + Self.fileExtension) {
        let name = String(path.dropLast(Self.fileExtension.count + 1))
        do {
          library.register(try MustacheTemplate(string: files[path] ?? ""), named: name)
        } catch let error as MustacheTemplate.ParserError {
          throw .parse(
            file: label + path, line: error.context.lineNumber, column: error.context.columnNumber,
            message: "\(error.error)")
        } catch {
          throw .parse(file: label + path, line: 1, column: 1, message: "\(error)")
        }
      }
    }
    return library
  }

  /// Every template's text under its path without the extension, overrides replacing bundled.
  func texts() -> [String: String] {
    var texts: [String: String] = [:]
    for files in [bundled, overrides] {
      for (path, text) in files where path.hasSuffix("." + Self.fileExtension) {
        texts[String(path.dropLast(Self.fileExtension.count + 1))] = text
      }
    }
    return texts
  }

  /// Refuses a template that includes itself, directly or through other partials.
  private func checkPartialCycles() throws(TemplateError) {
    var graph: [String: [String]] = [:]
    var files: [String: String] = [:]
    for (set, label) in [(bundled, bundledLabel), (overrides, overrideLabel)] {
      for (path, text) in set where path.hasSuffix("." + Self.fileExtension) {
        let name = String(path.dropLast(Self.fileExtension.count + 1))
        graph[name] = TemplatePartials.included(in: text)
        files[name] = label + path
      }
    }
    if let cycle = TemplatePartials.cycle(in: graph) {
      throw .partialCycle(
        file: files[cycle[0]] ?? cycle[0], chain: cycle.map { $0 + "." + Self.fileExtension })
    }
  }
}
