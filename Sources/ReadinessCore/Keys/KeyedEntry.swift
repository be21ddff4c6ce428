/// An inventory entry whose keys are declared (`keys`) and that remembers where each of its
/// values was written (`origin`). A rule finds where a property was written by its key path,
/// `flow.location(of: \.e2eTested)`: the declarations turn the key path into the key name the
/// source map is kept by, so no rule spells a key.
public protocol KeyedEntry {
  static var keys: Keys<Self> { get }
  /// Where the entry was written.
  var location: SourceLocation? { get }
  var origin: SourceMap { get }
}

extension KeyedEntry {
  /// Where `property`'s value was written; nil when it was not (or not validly).
  public func location(of property: PartialKeyPath<Self>) -> SourceLocation? {
    origin.location(of: Self.keys.name(of: property))
  }

  /// Where item `index` of the list in `property` was written, else the list.
  public func location(of property: PartialKeyPath<Self>, item index: Int) -> SourceLocation? {
    origin.location(of: Self.keys.name(of: property), item: index)
  }

  /// Whether `property`'s key was written with an invalid value (already reported), so it
  /// counts as given.
  public func isRejected(_ property: PartialKeyPath<Self>) -> Bool {
    origin.rejected.contains(Self.keys.name(of: property))
  }
}
