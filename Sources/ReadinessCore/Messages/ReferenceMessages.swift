/// Ids used twice and references to ids that do not exist (`ReferenceChecks`), and the
/// did-you-mean hints (`Suggestion`). The nouns name the kind of id; the ids are inventory text.
enum ReferenceMessages {
  static let duplicate = MessageKey("diagnostic.duplicateID", "duplicate {noun} '{id}'")
  static let alreadyUsed = MessageKey(
    "diagnostic.duplicateID.hint", "it is already used at line {line}, column {column}; {rule}")
  static let spellingUsed = MessageKey(
    "diagnostic.duplicateID.spellingHint",
    "'{earlier}' is already used at line {line}, column {column}; {rule}")
  static let unique = MessageKey("diagnostic.duplicateID.unique", "ids must be unique")
  static let ignoringCase = MessageKey(
    "diagnostic.duplicateID.ignoringCase", "Meta compares handles ignoring case")

  static let unknown = MessageKey("diagnostic.unknownReference", "unknown {noun} '{id}'")
  static let noneDefined = MessageKey("diagnostic.unknownReference.none", "no {noun} is defined")
  static let knownIDs = MessageKey("diagnostic.unknownReference.known", "known {noun} ids")
  /// A reference to an entry that could not be read: "system 'crm'".
  static let unread = MessageKey("diagnostic.unreadReference.what", "{noun} '{id}'")
  static let unreadOne = MessageKey(
    "diagnostic.unreadReference",
    "the reference to {reference} is not checked: its entry could not be read")
  static let unreadMany = MessageKey(
    "diagnostic.unreadReference.many",
    one:
      "{count} references to {reference} are not checked: its entry could not be read (the first"
      + " is here)",
    other:
      "{count} references to {reference} are not checked: its entry could not be read (the first"
      + " is here)")
  static let unreadHint = MessageKey(
    "diagnostic.unreadReference.hint", "fix the {noun} at {file}:{line}:{column} first")

  static let systemID = MessageKey("diagnostic.noun.systemID", "system id")
  static let flowID = MessageKey("diagnostic.noun.flowID", "flow id")
  static let taskID = MessageKey("diagnostic.noun.taskID", "task id")
  static let wabaID = MessageKey("diagnostic.noun.wabaID", "WABA id")
  static let milestoneID = MessageKey("diagnostic.noun.milestoneID", "milestone id")
  static let riskID = MessageKey("diagnostic.noun.riskID", "risk id")
  static let decisionID = MessageKey("diagnostic.noun.decisionID", "decision id")
  static let issueID = MessageKey("diagnostic.noun.issueID", "issue id")
  static let handle = MessageKey("diagnostic.noun.handle", "username handle")
  static let system = MessageKey("diagnostic.noun.system", "system")
  static let taskOrMilestone = MessageKey("diagnostic.noun.taskOrMilestone", "task or milestone")
  static let waba = MessageKey("diagnostic.noun.waba", "WABA")
  static let riskOrTask = MessageKey("diagnostic.noun.riskOrTask", "risk or task")

  static let didYouMean = MessageKey("diagnostic.suggestion", "did you mean '{match}'?")
  /// The candidates when none is close: "known keys: id, name, kind".
  static let listing = MessageKey("diagnostic.suggestion.listing", "{noun}: {candidates}")

  static let all: [MessageKey] = [
    duplicate, alreadyUsed, spellingUsed, unique, ignoringCase, unknown, noneDefined, knownIDs,
    unread, unreadOne, unreadMany, unreadHint, systemID, flowID, taskID, wabaID, milestoneID,
    riskID, decisionID, issueID, handle, system, taskOrMilestone, waba, riskOrTask, didYouMean,
    listing,
  ]
}
