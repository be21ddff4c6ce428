import ReadinessCore

/// What reading the inventory's own text gives rise to (`InventoryLoader`, `YAMLSource`,
/// `JSONSource`, `ProductCatalogLoader`): encoding, emptiness, syntax, duplicate keys. The
/// syntax detail is libyaml's or the JSON parser's own, in English.
enum SourceMessages {
  static let notUTF8 = MessageKey("diagnostic.source.notUTF8", "the inventory is not UTF-8 text")
  static let saveUTF8 = MessageKey("diagnostic.source.notUTF8.hint", "save the file as UTF-8")
  static let empty = MessageKey("diagnostic.source.empty", "the inventory is empty")
  static let emptyHint = MessageKey(
    "diagnostic.source.empty.hint", "run `bsuid-readiness init` for a starter inventory")
  static let catalogueNotUTF8 = MessageKey(
    "diagnostic.source.catalogueNotUTF8", "the product catalogue is not UTF-8 text")
  static let yamlSyntax = MessageKey("diagnostic.source.yamlSyntax", "YAML syntax: {problem}")
  static let yamlSyntaxHint = MessageKey(
    "diagnostic.source.yamlSyntax.hint", "check indentation, colons and quotes around this point")
  static let secondColonHint = MessageKey(
    "diagnostic.source.yamlSyntax.colonHint",
    "a second ': ' on one line: quote a value that contains ': ' or ', ' (name: \"Smith, Jones:"
      + " sales\")")
  static let yamlMemory = MessageKey(
    "diagnostic.source.yamlMemory", "cannot read the YAML: Memory error")
  static let yamlDuplicate = MessageKey(
    "diagnostic.source.yamlDuplicate", "duplicate key '{key}' in a mapping")
  static let yamlDuplicateHint = MessageKey(
    "diagnostic.source.yamlDuplicate.hint",
    "each key may appear once per mapping; remove or rename one of them")
  static let cannotRead = MessageKey(
    "diagnostic.source.cannotRead", "cannot read the file: {problem}")
  static let controlHint = MessageKey(
    "diagnostic.source.cannotRead.controlHint",
    "remove it: YAML text may hold tabs and line breaks, but no other control characters")
  static let tooLarge = MessageKey(
    "diagnostic.source.tooLarge", "the document expands to more than {limit} nodes")
  static let tooLargeHint = MessageKey(
    "diagnostic.source.tooLarge.hint",
    "aliases (*name) repeat whole subtrees; an inventory never needs this many")
  static let jsonDuplicate = MessageKey(
    "diagnostic.source.jsonDuplicate", "duplicate key '{key}' in an object")
  static let jsonDuplicateHint = MessageKey(
    "diagnostic.source.jsonDuplicate.hint", "it is already set at line {line}, column {column}")
  static let jsonSyntax = MessageKey("diagnostic.source.jsonSyntax", "JSON syntax: {problem}")
  static let jsonSyntaxHint = MessageKey(
    "diagnostic.source.jsonSyntax.hint", "check commas, brackets and quotes around this point")

  static let all: [MessageKey] = [
    notUTF8, saveUTF8, empty, emptyHint, catalogueNotUTF8, yamlSyntax, yamlSyntaxHint,
    secondColonHint, yamlMemory, yamlDuplicate, yamlDuplicateHint, cannotRead, controlHint,
    tooLarge, tooLargeHint, jsonDuplicate, jsonDuplicateHint, jsonSyntax, jsonSyntaxHint,
  ]
}
