/// Message keys by id: what a stored message (`Message(stored:english:)`) is read back with.
/// The core's table knows every key the core writes; a table over more keys (the renderers')
/// is built from their lists.
public struct MessageKeyTable: Sendable {
  private let keys: [String: MessageKey]

  /// `keys`, and those of `Message.verbatim` and `Message.joined`; the first key of an id wins.
  public init(_ keys: [MessageKey]) {
    self.keys = Dictionary(
      ([MessageKey.verbatim, MessageKey.items] + keys).map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// Every key of `MessageCatalog.core`: the reasons, titles and words the history keeps.
  public static let core = MessageKeyTable(MessageCatalog.core)

  /// The key of `id`; nil when this version does not know it.
  public subscript(id: String) -> MessageKey? { keys[id] }
}
