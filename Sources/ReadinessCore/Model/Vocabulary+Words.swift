/// A closed vocabulary value as people read it: every output that writes a status, kind or level
/// in a sentence, a table cell or a spreadsheet uses `words`; machine outputs (workbook.xml,
/// history) keep the raw value.
public protocol VocabularyWords: RawRepresentable where RawValue == String {
  /// The value in words: `in_progress` → "in progress", `click_to_whatsapp` →
  /// "Click-to-WhatsApp".
  var words: String { get }
}

extension VocabularyWords {
  /// The raw value with its underscores as spaces, unless a type names it otherwise.
  public var words: String { rawValue.underscoresAsSpaces }
}

extension WorkStatus: VocabularyWords {}
extension NeedsBSUID: VocabularyWords {
  public var words: String { self == .unassessed ? "not assessed" : rawValue }
}
extension NewPortfolio: VocabularyWords {}
extension Severity: VocabularyWords {}
extension RiskState: VocabularyWords {}
extension RiskLevel: VocabularyWords {}
extension DecisionStatus: VocabularyWords {}
extension UsernameStatus: VocabularyWords {}
extension UsernameSource: VocabularyWords {}
extension PhoneNeed: VocabularyWords {}
extension PhoneRequest: VocabularyWords {
  public var words: String { self == .nativeFlow ? "native flow" : rawValue }
}

extension SystemKind: VocabularyWords {
  public var words: String {
    switch self {
    case .crm: "CRM"
    case .cdp: "CDP"
    default: rawValue.underscoresAsSpaces
    }
  }
}

extension StoredIdentifier: VocabularyWords {
  public var words: String { self == .bsuid ? "BSUID" : rawValue }
}

extension DedupeKey: VocabularyWords {
  public var words: String { identifierWords(rawValue) }
}

extension PrimaryIdentifier: VocabularyWords {
  public var words: String { identifierWords(rawValue) }
}

extension SendField: VocabularyWords {}

extension FlowKind: VocabularyWords {
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

extension IssueStatus: VocabularyWords {}
extension Action.Kind: VocabularyWords {}
