import ReadinessCore

/// How diagnostics name what the decoder reads: an object of the schema with its article, and
/// the value a key names ("an item of 'flows'", "a key of 'phases'", "'kind'").
extension SchemaDecoder {
  /// An object of the schema `noun` names, with its article: "a flow", "the inventory".
  func article(_ noun: String) -> Message {
    noun == "inventory"
      ? Message(M.theInventory)
      : Message("aeiou".contains(noun.first ?? "x") ? M.objectAn : M.objectA, ["name": .text(noun)])
  }

  /// The value `key` names, as a sentence's subject: "an item of 'flows'" and "a key of
  /// 'phases'" (the names `decodeItems` and `map` give), or the key in quotation marks.
  static func subject(_ key: String) -> Message {
    composed(key) ?? Message(M.quotedKey, ["key": .text(key)])
  }

  /// `key` as a message when it is "an item of 'x'" or "a key of 'x'"; nil for a plain key.
  static func composed(_ key: String) -> Message? {
    for (prefix, form) in [(itemPrefix, M.itemOf), (keyPrefix, M.keyOf)]
    where key.hasPrefix(prefix) && key.hasSuffix("'") {
      return Message(form, ["key": .text(String(key.dropFirst(prefix.count).dropLast()))])
    }
    return nil
  }

  /// `key` as a sentence names it unquoted: a composed name, or the key as written.
  static func name(_ key: String) -> MessageArgument {
    composed(key).map(MessageArgument.message) ?? .text(key)
  }

  static let itemPrefix = "an item of '"
  static let keyPrefix = "a key of '"
}
