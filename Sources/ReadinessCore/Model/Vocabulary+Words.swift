/// A closed vocabulary value as people read it: every output that writes a status, kind or level
/// in a sentence, a table cell or a spreadsheet uses `words`; machine outputs (workbook.xml,
/// history) keep the raw value.
public protocol VocabularyWords: RawRepresentable where RawValue == String {
  /// The value in words: `in_progress` → "in progress", `click_to_whatsapp` →
  /// "Click-to-WhatsApp".
  var words: String { get }
  /// The family its words' message ids carry: `word.<family>.<raw value>`.
  static var family: String { get }
}

extension VocabularyWords {
  /// The raw value with its underscores as spaces, unless a type names it otherwise.
  public var words: String { rawValue.underscoresAsSpaces }
}

extension WorkStatus: VocabularyWords { public static var family: String { "status" } }
extension NeedsBSUID: VocabularyWords {
  public static var family: String { "needsBSUID" }
  public var words: String { self == .unassessed ? "not assessed" : rawValue }
}
extension NewPortfolio: VocabularyWords { public static var family: String { "newPortfolio" } }
extension Severity: VocabularyWords { public static var family: String { "severity" } }
extension RiskState: VocabularyWords { public static var family: String { "riskState" } }
extension RiskLevel: VocabularyWords { public static var family: String { "level" } }
extension DecisionStatus: VocabularyWords { public static var family: String { "decision" } }
extension UsernameStatus: VocabularyWords { public static var family: String { "username" } }
extension UsernameSource: VocabularyWords { public static var family: String { "usernameSource" } }
extension PhoneNeed: VocabularyWords { public static var family: String { "phoneNeed" } }
extension PhoneRequest: VocabularyWords {
  public static var family: String { "phoneRequest" }
  public var words: String { self == .nativeFlow ? "native flow" : rawValue }
}

extension SystemKind: VocabularyWords {
  public static var family: String { "systemKind" }
  public var words: String {
    switch self {
    case .crm: "CRM"
    case .cdp: "CDP"
    default: rawValue.underscoresAsSpaces
    }
  }
}

extension StoredIdentifier: VocabularyWords {
  public static var family: String { "storedIdentifier" }
  public var words: String { self == .bsuid ? "BSUID" : rawValue }
}

extension DedupeKey: VocabularyWords {
  public static var family: String { "dedupeKey" }
  public var words: String { identifierWords(rawValue) }
}

extension PrimaryIdentifier: VocabularyWords {
  public static var family: String { "primaryIdentifier" }
  public var words: String { identifierWords(rawValue) }
}

extension SendField: VocabularyWords { public static var family: String { "sendField" } }

extension FlowKind: VocabularyWords {
  public static var family: String { "flowKind" }
  public var words: String {
    switch self {
    case .clickToWhatsApp: "Click-to-WhatsApp"
    case .crmLookup: "CRM lookup"
    default: rawValue.underscoresAsSpaces
    }
  }
}

/// `phone_then_bsuid` → "phone, then BSUID"; `bsuid` → "BSUID".
private func identifierWords(_ raw: String) -> String {
  switch raw {
  case "bsuid": "BSUID"
  case "phone_then_bsuid": "phone, then BSUID"
  default: raw
  }
}

extension Outcome: VocabularyWords { public static var family: String { "outcome" } }
extension IssueStatus: VocabularyWords { public static var family: String { "issueStatus" } }
extension Action.Kind: VocabularyWords { public static var family: String { "actionKind" } }
