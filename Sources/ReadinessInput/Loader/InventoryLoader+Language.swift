import ReadinessCore

extension InventoryLoader {
  /// `programme.language` as the text `tree` writes it, whether or not the rest of the
  /// inventory is valid: the diagnostics of an inventory that does not load are written in it.
  /// Nil when the tree has no such text.
  static func programmeLanguage(in tree: SourceNode) -> String? {
    let programme = Inventory.keys.name(of: \.programme)
    guard case .mapping(let entries) = tree.value,
      case .mapping(let keys)? = entries.first(where: { $0.key == programme })?.value.value,
      case .scalar(let text, _)? = keys.first(where: { $0.key == "language" })?.value.value
    else { return nil }
    return text
  }
}
