/// The `programme` section: who, when, and the business's WhatsApp accounts.
public struct Programme: Sendable {
  public var name: String
  public var organisation: String?
  /// Programme start; the planning phase starts here (default 2026-01-01).
  public var start: Day?
  public var asOf: Day?
  /// Phase windows given in the inventory; missing parts take defaults.
  public var phases: [PhaseID: PhaseWindowOverride]
  /// Milestones given in the inventory; they replace defaults with the same id.
  public var milestones: [Milestone]
  public var stakeholders: [Stakeholder]
  public var wabas: [WABA]
  /// Shares of users with a username; nil = default 0.05, 0.20, 0.50.
  public var usernameAdoption: [Double]?
  /// Adoption measured in webhook logs (`scenarios.observed`), nil when none is named.
  public var observed: ObservedMeasurement?
  /// Points behind plan before a phase turns amber; nil = default 15.
  public var tolerance: Double?
  /// Points behind plan before a phase turns red; nil = default twice `tolerance`.
  public var redTolerance: Double?
  /// Phase weights in the overall score; missing phases weigh 1.
  public var weights: [PhaseID: Double]
  /// Checklist item weights (`R-I1: 2`); missing items weigh 1.
  public var itemWeights: [ChecklistItemID: Double]
  /// The working week and holidays (`calendar`); nil = Monday to Friday, no holidays.
  public var calendar: CalendarSetting?
  /// The saved baseline reports compare with (`baseline`); nil = the first one saved.
  public var baseline: String?
  /// Where `baseline` is written, for the error when no such baseline is saved.
  public var baselineLocation: SourceLocation?
  /// The PM's RAG beside the computed one, per scope (`rag_override`).
  public var ragOverrides: [RAGOverride] = []
  /// Owners with more open actions and tasks than this are flagged; nil = default 6.
  public var ownerLoadLimit: Int?
  /// The language the reports are written in (`pt-BR`); nil: English, or `--lang`.
  public var language: String?
  public var languageLocation: SourceLocation?
  public var location: SourceLocation?

  public init(name: String) {
    self.name = name
    organisation = nil
    start = nil
    asOf = nil
    phases = [:]
    milestones = []
    stakeholders = []
    wabas = []
    usernameAdoption = nil
    observed = nil
    tolerance = nil
    redTolerance = nil
    weights = [:]
    itemWeights = [:]
    calendar = nil
    baseline = nil
    baselineLocation = nil
    location = nil
  }
}

/// A phase window as given; either bound may be left to its default.
public struct PhaseWindowOverride: Sendable {
  public var start: Day?
  public var end: Day?
  /// Where the window is written, so a backwards window is reported there.
  public var location: SourceLocation?
  public init(start: Day? = nil, end: Day? = nil, location: SourceLocation? = nil) {
    self.start = start
    self.end = end
    self.location = location
  }
}

/// A dated programme milestone (`claim-window`, or one of the business's own).
public struct Milestone: Sendable {
  public var id: String
  public var title: String?
  public var date: Day
  public var location: SourceLocation?
  public var origin = SourceMap()
  public init(id: String, title: String? = nil, date: Day, location: SourceLocation? = nil) {
    self.id = id
    self.title = title
    self.date = date
    self.location = location
  }
}

/// A team whose commitment R-P4 counts (IT, product, operations), or marketing.
public struct Stakeholder: Sendable {
  /// The teams an inventory may name, in any case; loading reads them with these spellings.
  public static let teams = ["IT", "product", "operations", "marketing"]

  public var team: String
  public var owner: String?
  public var committed: Bool
  public var location: SourceLocation?
  public init(team: String, owner: String? = nil, committed: Bool, location: SourceLocation? = nil)
  {
    self.team = team
    self.owner = owner
    self.committed = committed
    self.location = location
  }
}

/// A WhatsApp Business Account and what R-C3, R-C4 and R-C7 need to know about it.
public struct WABA: Sendable {
  public var id: String
  public var businessPortfolio: String?
  public var bsp: String?
  /// Nil when not given, like `parentBSUID`.
  public var bspBSUIDEnabled: Bool?
  public var parentBSUID: Bool?
  public var sharesUserIdsWith: [String] = []
  public var migrationDate: Day?
  public var newPortfolio: NewPortfolio = .unknown
  /// Person accountable for the account: owns its pending items and risks when nobody better does.
  public var owner: String?
  public var phoneNumbers: [BusinessPhoneNumber] = []
  public var location: SourceLocation?
  public var origin = SourceMap()
  public init(id: String) { self.id = id }
}

/// A business phone number registered on a WABA, with the display name users see.
public struct BusinessPhoneNumber: Sendable, Equatable {
  public var number: String
  public var displayName: String?
  public init(number: String, displayName: String? = nil) {
    self.number = number
    self.displayName = displayName
  }
}
