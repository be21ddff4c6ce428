/// A template set that cannot be used: a template that does not parse, or one that is missing.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
  /// `file` (the name the user sees, e.g. `partials/gantt.mustache`) does not parse at `line`:`column`.
  case parse(file: String, line: Int, column: Int, message: String)
  /// No template of this name in the set (neither bundled nor overridden).
  case missingTemplate(String)
  /// Templates that include each other without end: `file` starts the cycle, `chain` names
  /// the templates from it back to itself (`report.mustache`, `report.mustache`).
  case partialCycle(file: String, chain: [String])
  /// `{{>*name}}` (or `{{<*name}}`) at `line`:`column` of `file`: the data would choose the
  /// template, so inventory text could pick one.
  case dynamicPartial(file: String, line: Int, column: Int, name: String)
  /// Sections and partials nest `depth` levels deep from `file` through `chain`, over `limit`.
  case tooDeep(file: String, chain: [String], depth: Int, limit: Int)
  /// The page from template `file` grew past `limit` bytes while rendering.
  case outputTooLarge(file: String, limit: Int)

  public var description: String {
    switch self {
    case .parse(let file, let line, let column, let message):
      "\(file):\(line):\(column): error: template does not parse: \(message)"
    case .partialCycle(let file, let chain):
      "\(file): error: templates include each other without end: \(chain.joined(separator: " → "))"
    case .dynamicPartial(let file, let line, let column, let name):
      "\(file):\(line):\(column): error: \(Self.dynamicPartialMessage(name))"
    case .tooDeep(let file, let chain, let depth, let limit):
      "\(file): error: \(Self.tooDeepMessage(chain: chain, depth: depth, limit: limit))"
    case .outputTooLarge(let file, let limit):
      "\(file): error: \(Self.outputTooLargeMessage(limit: limit))"
    case .missingTemplate(let name):
      "error: no template named '\(name)'; the bundled Templates/html folder is incomplete"
    }
  }

  /// What is wrong with a dynamic partial, without its location.
  public static func dynamicPartialMessage(_ name: String) -> String {
    "dynamic partial {{>\(name)}} refused: inventory text must never choose a template"
  }

  /// What is wrong with a page nested too deeply, without its location.
  public static func tooDeepMessage(chain: [String], depth: Int, limit: Int) -> String {
    "sections and partials nest \(depth) deep (limit \(limit)) through "
      + chain.joined(separator: " → ")
  }

  /// What is wrong with a page that grew too large, without its location.
  public static func outputTooLargeMessage(limit: Int) -> String {
    "the rendered page exceeds \(limit / (1 << 20)) MiB (limit \(limit) bytes)"
  }
}
