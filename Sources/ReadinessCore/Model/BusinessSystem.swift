/// A system in the `systems` section: something that stores, matches or sends by WhatsApp id.
public struct BusinessSystem: Sendable {
  public var id: String
  public var name: String
  /// A product the system is built on, `name@version` (`pywa@4.5.0`), looked up in the
  /// product catalogue.
  public var product: String?
  public var kind: SystemKind
  public var owner: String?
  public var team: String?
  public var stores: [StoredIdentifier] = []
  public var needsBSUID: NeedsBSUID = .unassessed
  /// Status of the BSUID field work (R-I1); nil when not given.
  public var bsuidField: WorkStatus?
  public var dedupeKey: DedupeKey?
  /// The flags below are nil when the inventory leaves them out; each rule says what absence means.
  public var handlesMissingPhone: Bool?
  public var consumesWebhooks: Bool?
  public var handlesIdChanges: Bool?
  public var sendsMessages: Bool?
  public var bsuidSendField: SendField?
  /// The system's own readiness work (R-I3).
  public var status: WorkStatus = .notStarted
  public var notes: String?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(id: String, name: String, kind: SystemKind) {
    self.id = id
    self.name = name
    self.kind = kind
  }
}
