import Mustache

/// Builds the mustache library the HTML renderer uses from template texts (the CLI reads the
/// files): the bundled templates first, then the override folder's, which replace bundled ones
/// of the same name. A template missing from the override folder keeps its bundled version.
public enum TemplateSet {
  /// The file extension of a template.
  public static let fileExtension = "mustache"

  /// A library from `bundled` and `overrides`, both keyed by path relative to their folder
  /// (`report.mustache`, `partials/gantt.mustache`).
  /// - Throws: `TemplateError.parse` naming the file (with `overrideLabel`/`bundledLabel` in
  ///   front), line and column of the first template that does not parse.
  public static func library(
    bundled: [String: String], overrides: [String: String] = [:],
    bundledLabel: String = "", overrideLabel: String = ""
  ) throws(TemplateError) -> MustacheLibrary {
    var library = MustacheLibrary()
    for (files, label) in [(bundled, bundledLabel), (overrides, overrideLabel)] {
      for path in files.keys.sorted() where path.hasSuffix("." + fileExtension) {
        let name = String(path.dropLast(fileExtension.count + 1))
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
}
