/// Which saved baseline a report compares with: the one named (`--baseline`, else the
/// inventory's `programme.baseline`), else the first one saved. Re-baselining is explicit: a
/// later baseline is used only when named.
public enum BaselineChoice {
  /// A named baseline that was never saved for the programme; `saved` lists those that were.
  public struct Missing: Error, Sendable, Equatable {
    public let name: String
    public let saved: [String]
    public init(name: String, saved: [String]) {
      self.name = name
      self.saved = saved
    }
  }

  /// The name to compare with among `saved` (oldest first): `named` when given, else the first
  /// one saved; nil when none is saved and none is named.
  public static func name(_ named: String?, among saved: [String]) throws(Missing) -> String? {
    guard let named else { return saved.first }
    guard saved.contains(named) else { throw Missing(name: named, saved: saved) }
    return named
  }
}
