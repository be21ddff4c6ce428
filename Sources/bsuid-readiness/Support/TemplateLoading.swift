import Foundation
import ReadinessRender

/// Reads the HTML templates for `report` (report.html and briefing.html): the bundled `Templates/html` folder, then the files of
/// `--templates DIR` (its `html/` subfolder when it has one, else DIR itself), which replace
/// bundled templates of the same relative path. Failures are located `CLIError`s.
enum TemplateLoading {
  /// The bundled templates and the optional override folder, read once for every page. Throws
  /// exit 66 when a folder is missing, 74 when a file cannot be read.
  static func templateSet(overrideFolder: String?) throws(CLIError) -> TemplateSet {
    let root = try ResourceLocator.find("Templates", missing: .inputMissing)
    let bundledFolder = root.appendingPathComponent("html")
    let bundled = try texts(in: bundledFolder)
    var overrides: [String: String] = [:]
    var overrideFolderURL: URL?
    if let overrideFolder {
      let dir = try requireFolder(overrideFolder)
      let html = dir.appendingPathComponent("html")
      overrideFolderURL = isDirectory(html) ? html : dir
      overrides = try texts(in: overrideFolderURL ?? dir)
    }
    return TemplateSet(
      bundled: bundled, overrides: overrides, bundledLabel: bundledFolder.path + "/",
      overrideLabel: (overrideFolderURL?.path ?? "") + "/")
  }

  /// A template set that cannot be used, as the error `report` stops with (exit 65; the
  /// message names file, line and column of a template that does not parse).
  static func failure(_ error: TemplateError) -> CLIError {
    switch error {
    case .parse(let file, let line, let column, let message):
      CLIError(
        .invalidInventory, "template does not parse: \(message)", at: "\(file):\(line):\(column)")
    case .partialCycle(let file, let chain):
      CLIError(
        .invalidInventory,
        "templates include each other without end: \(chain.joined(separator: " → "))",
        at: file, hint: "remove the {{> …}} or {{< …}} tag that closes the cycle")
    case .dynamicPartial(let file, let line, let column, let name):
      CLIError(
        .invalidInventory, TemplateError.dynamicPartialMessage(name),
        at: "\(file):\(line):\(column)", hint: "name the partial: {{> partials/name}}")
    case .tooDeep(let file, let chain, let depth, let limit):
      CLIError(
        .invalidInventory, TemplateError.tooDeepMessage(chain: chain, depth: depth, limit: limit),
        at: file, hint: "flatten the nested sections or partials")
    case .outputTooLarge(let file, let limit):
      CLIError(
        .invalidInventory, TemplateError.outputTooLargeMessage(limit: limit), at: file,
        hint: "a section nested in a list repeats for every item of both; un-nest it")
    case .missingTemplate(let name):
      CLIError(
        .invalidInventory,
        "no template named '\(name)'; the bundled Templates/html folder is incomplete")
    }
  }

  /// The `--templates` folder; throws exit 66 when it is missing.
  @discardableResult
  static func requireFolder(_ path: String) throws(CLIError) -> URL {
    let dir = URL(fileURLWithPath: path)
    guard isDirectory(dir) else {
      throw CLIError(
        .inputMissing, "no such templates folder", at: path,
        hint: "--templates names a folder of .mustache files (or one with an html/ subfolder)")
    }
    return dir
  }

  /// Every `*.mustache` file under `folder`, keyed by its path relative to `folder`.
  private static func texts(in folder: URL) throws(CLIError) -> [String: String] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    else {
      return [:]
    }
    let base = folder.standardizedFileURL.path + "/"
    var found: [String: String] = [:]
    for case let url as URL in walker where url.pathExtension == TemplateSet.fileExtension {
      let path = url.standardizedFileURL.path
      let relative =
        path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
      do {
        found[relative] = try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw CLIError(
          .ioError, "cannot read the template: \(error.localizedDescription)", at: path)
      }
    }
    return found
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }
}
