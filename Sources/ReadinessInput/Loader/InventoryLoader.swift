import Foundation
import ReadinessCore

/// Reads an inventory (YAML, JSON, or CSV-backed sections) into the model, collecting every diagnostic.
///
/// The pipeline: a front-end (YAML, JSON) reads the bytes into a positioned `SourceNode` tree;
/// `SchemaDecoder` checks it against the key declarations' schema, `Inventory.keys.schema`
/// (reading `{csv: …}` sections on the way); the declarations build the typed model with where
/// each value was written; the product catalogue adds its findings on the systems' products;
/// `InventoryValidator` checks it as a whole and schedules it;
/// `Assessor.evaluate` evaluates its checklist, whose mismatches with covering tasks are warned
/// about. Every problem is collected; none stops the others.
public struct InventoryLoader: Sendable {
  /// Reads a file named relative to the inventory (for `{csv: file.csv}` sections).
  public typealias FileReader = @Sendable (_ relativePath: String) throws -> Data

  let readFile: FileReader
  /// Known products systems may name (`product: pywa@4.5.0`).
  let catalog: ProductCatalog

  public init(readFile: @escaping FileReader, catalog: ProductCatalog = ProductCatalog()) {
    self.readFile = readFile
    self.catalog = catalog
  }

  /// What loading produced: the validated inventory, its checklist evaluated, when it has no
  /// errors, all diagnostics in file order, and `programme.language` as written when the file
  /// could be read (`programmeLanguage(in:)`), valid or not.
  public struct Result: Sendable {
    public var evaluated: EvaluatedInventory?
    public var diagnostics: [Diagnostic]
    public var language: String?
  }

  /// Loads `data` read from `fileName` (used in diagnostics; `.json` selects JSON), validating
  /// it at the day `asOf` chooses for its programme (see `InventoryValidator`).
  public func load(_ data: Data, fileName: String, asOf: AsOfChoice) -> Result {
    let start = SourceLocation(file: fileName, line: 1, column: 1)
    guard var text = String(validating: data, as: UTF8.self) else {
      return Result(
        evaluated: nil,
        diagnostics: [
          Diagnostic(
            .error, code: .encoding, Message(SourceMessages.notUTF8), at: start,
            hint: Message(SourceMessages.saveUTF8))
        ])
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let (tree, syntaxProblems) =
      Self.isJSON(text, fileName: fileName)
      ? JSONSource.read(text, file: fileName) : YAMLSource.read(text, file: fileName)
    guard let tree else {
      let empty = Diagnostic(
        .error, code: .empty, Message(SourceMessages.empty), at: start,
        hint: Message(SourceMessages.emptyHint))
      return Result(evaluated: nil, diagnostics: syntaxProblems.isEmpty ? [empty] : syntaxProblems)
    }
    let language = Self.programmeLanguage(in: tree)
    var decoder = SchemaDecoder(readFile: readFile, inventoryFile: fileName)
    let root = decoder.object(tree, schema: Inventory.keys.schema, key: "inventory")
    let observed = root.flatMap { decoder.observed(in: $0) }
    let problems = syntaxProblems + decoder.diagnostics
    guard let root, var inventory = Inventory.keys.build(root) else {
      return Result(evaluated: nil, diagnostics: problems, language: language)
    }
    inventory.programme.observed = observed
    let (known, findings) = catalog.apply(to: inventory)
    let validation = InventoryValidator.validate(
      known, earlier: problems + findings, unread: decoder.unread,
      asOf: asOf.day(for: inventory.programme))
    let evaluated = validation.validated.map(Assessor.evaluate)
    let mismatches = evaluated.map {
      InventoryValidator.mismatches($0.checklist, tasks: known.tasks)
    }
    let diagnostics = validation.diagnostics + (mismatches ?? [])
    return Result(
      evaluated: evaluated,
      diagnostics: Self.ordered(Self.unique(diagnostics), mainFile: fileName), language: language)
  }

  /// `.json` files, and files of another extension whose text starts with `{`.
  static func isJSON(_ text: String, fileName: String) -> Bool {
    let lowered = fileName.lowercased()
    if lowered.hasSuffix(".json") { return true }
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return false }
    return text.drop(while: { $0.isWhitespace }).first == "{"
  }

  /// Sorted by position, the inventory's own file first, then CSV files as they were met;
  /// notes on references to unread entries come last, after the errors that cause them.
  static func ordered(_ diagnostics: [Diagnostic], mainFile: String) -> [Diagnostic] {
    var files = [mainFile]
    for file in diagnostics.compactMap(\.location?.file) where !files.contains(file) {
      files.append(file)
    }
    func key(_ d: Diagnostic) -> (Int, Int, Int, Int) {
      let followOn = d.code == .unreadReference ? 1 : 0
      guard let at = d.location else { return (followOn, Int.max, 0, 0) }
      return (followOn, files.firstIndex(of: at.file) ?? Int.max, at.line, at.column)
    }
    return diagnostics.enumerated().sorted { a, b in
      let (ka, kb) = (key(a.element), key(b.element))
      return ka != kb ? ka < kb : a.offset < b.offset
    }.map(\.element)
  }

  /// Drops repeats (a bad CSV header column is reported once, not once per row), keeping order.
  static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen: Set<Diagnostic> = []
    return diagnostics.filter { seen.insert($0).inserted }
  }
}
