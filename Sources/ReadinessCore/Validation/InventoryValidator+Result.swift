extension InventoryValidator.Result {
  /// The loader's result when the input could not be read or decoded into a model: no
  /// validated inventory, only the problems.
  package init(unread diagnostics: [Diagnostic]) {
    self.init(validated: nil, diagnostics: diagnostics)
  }
}
