extension InventoryLoader {
  /// Why a file the inventory names (a `{csv: file}` section) was not read, as the reader tells
  /// it: the loader's diagnostic at the `csv:` key gives `reason` and `hint`.
  public struct ReadFailure: Error, Sendable {
    /// Why, completing "cannot read the CSV file 'x': …" (for instance "no such file").
    public var reason: String
    /// What the user can do about it.
    public var hint: String?

    public init(_ reason: String, hint: String? = nil) {
      self.reason = reason
      self.hint = hint
    }
  }
}
