internal import Mustache

/// The HTML templates a report is rendered with, as texts (the CLI reads the files): the bundled
/// templates, and the override folder's, which replace bundled ones of the same name. A template
/// missing from the override folder keeps its bundled version.
public struct TemplateSet: Sendable {
  /// The file extension of a template.
  public static let fileExtension = "mustache"
  /// How deeply a page's sections and partials may nest, partials expanded (the bundled pages
  /// reach 7): deeper nesting would overflow the stack of either Mustache engine.
  public static let depthLimit = 100
  /// The default for `outputLimit`: 512 MiB.
  public static let defaultOutputLimit = 512 << 20

  /// The most bytes one rendered page may have; a page that grows past it is refused.
  public let outputLimit: Int

  let bundled: [String: String]
  let overrides: [String: String]
  let bundledLabel: String
  let overrideLabel: String

  /// A set from `bundled` and `overrides`, both keyed by path relative to their folder
  /// (`report.mustache`, `partials/gantt.mustache`). An error names a file with
  /// `bundledLabel` or `overrideLabel` (its folder) in front. A page rendered from the set may
  /// have at most `outputLimit` bytes.
  public init(
    bundled: [String: String], overrides: [String: String] = [:],
    bundledLabel: String = "", overrideLabel: String = "",
    outputLimit: Int = TemplateSet.defaultOutputLimit
  ) {
    self.outputLimit = outputLimit
    self.bundled = bundled
    self.overrides = overrides
    self.bundledLabel = bundledLabel
    self.overrideLabel = overrideLabel
  }

  /// Every template parsed and registered under its path without the extension.
  /// - Throws: `TemplateError.parse` naming the file, line and column of the first template
  ///   that does not parse; `TemplateError.partialCycle` when templates include each other
  ///   without end; `TemplateError.dynamicPartial` for `{{>*name}}`; `TemplateError.tooDeep`
  ///   when sections and partials nest deeper than `depthLimit`.
  func library() throws(TemplateError) -> MustacheLibrary {
    try checkTags()
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

  /// The file the template `name` comes from, as errors name it.
  func file(named name: String) -> String {
    let path = name + "." + Self.fileExtension
    if overrides[path] != nil { return overrideLabel + path }
    return bundledLabel + path
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

  /// Refuses a dynamic partial (inventory text must never choose a template), a template that
  /// includes itself, directly or through other partials, and a page nested deeper than
  /// `depthLimit`, before any parser or renderer recurses into the templates.
  private func checkTags() throws(TemplateError) {
    var tags: [String: TemplateTags] = [:]
    var files: [String: String] = [:]
    for (set, label) in [(bundled, bundledLabel), (overrides, overrideLabel)] {
      for path in set.keys.sorted() where path.hasSuffix("." + Self.fileExtension) {
        let name = String(path.dropLast(Self.fileExtension.count + 1))
        tags[name] = TemplateTags(set[path] ?? "")
        files[name] = label + path
      }
    }
    for name in tags.keys.sorted() {
      if let tag = tags[name]?.dynamicPartial {
        throw .dynamicPartial(
          file: files[name] ?? name, line: tag.line, column: tag.column, name: tag.text)
      }
    }
    let file = { (name: String) in name + "." + Self.fileExtension }
    if let cycle = TemplatePartials.cycle(in: tags.mapValues { $0.includes.map(\.name) }) {
      throw .partialCycle(file: files[cycle[0]] ?? cycle[0], chain: cycle.map(file))
    }
    let depths = TemplatePartials.depths(tags)
    for name in depths.keys.sorted() {
      guard let found = depths[name], found.depth > Self.depthLimit else { continue }
      throw .tooDeep(
        file: files[name] ?? name, chain: found.chain.map(file), depth: found.depth,
        limit: Self.depthLimit)
    }
  }
}
