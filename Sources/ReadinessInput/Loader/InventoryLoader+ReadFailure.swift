import ReadinessCore

extension InventoryLoader {
  /// Why a file the inventory names (a `{csv: file}` section, `scenarios.observed`) was not read, as the reader tells
  /// it: the loader's diagnostic at the `csv:` key gives `reason` and `hint` (`FileMessages`).
  public struct ReadFailure: Error, Sendable {
    /// Why, completing "cannot read the CSV file 'x': …" (for instance "no such file").
    public var reason: Message
    /// What the user can do about it.
    public var hint: Message?
    /// The file does not exist (rather than existing and being refused).
    public var isMissing: Bool

    public init(_ reason: Message, hint: Message? = nil, isMissing: Bool = false) {
      self.reason = reason
      self.hint = hint
      self.isMissing = isMissing
    }
  }
}
