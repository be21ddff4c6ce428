// The closed vocabularies of inventory format version 1. Raw values are the
// spellings used in inventories and in every output.

/// The three roadmap phases.
public enum PhaseID: String, CaseIterable, Sendable, Comparable {
  case planning, implementation, testing

  public static func < (a: PhaseID, b: PhaseID) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// Progress status used by systems, tasks, attestations and checklist items.
public enum WorkStatus: String, CaseIterable, Sendable {
  case notStarted = "not_started"
  case inProgress = "in_progress"
  case done, blocked
  case notApplicable = "not_applicable"
}

/// What a system is.
public enum SystemKind: String, CaseIterable, Sendable {
  case crm, chatbot, automation, campaign, reporting, measurement, integration
  case contactCentre = "contact_centre"
  case cdp
  case dataWarehouse = "data_warehouse"
  case other
}

/// An identifier a system keeps about a WhatsApp user.
public enum StoredIdentifier: String, CaseIterable, Sendable {
  case phone, bsuid, email, username
}

/// Whether a system needs the BSUID (`true`/`false` are accepted as yes/no).
public enum NeedsBSUID: String, CaseIterable, Sendable { case yes, no, unassessed }

/// The key a system deduplicates contacts on (R-C1).
public enum DedupeKey: String, CaseIterable, Sendable {
  case phone, bsuid
  case phoneThenBSUID = "phone_then_bsuid"
  case email, none
}

/// The send-request field a system puts a BSUID in (R-C6).
public enum SendField: String, CaseIterable, Sendable { case recipient, to, none }

/// What a message flow is.
public enum FlowKind: String, CaseIterable, Sendable {
  case clickToWhatsApp = "click_to_whatsapp"
  case inboundService = "inbound_service"
  case botJourney = "bot_journey"
  case authentication
  case businessInitiated = "business_initiated"
  case campaign
  case crmLookup = "crm_lookup"
  case identityVerification = "identity_verification"

  /// Inbound kinds: conversations the user starts.
  public var isInbound: Bool { [.clickToWhatsApp, .inboundService, .botJourney].contains(self) }
  /// Outbound kinds: unaffected in every user state.
  public var isOutbound: Bool { [.authentication, .businessInitiated, .campaign].contains(self) }
}

/// The identifier a flow keys its conversations on.
public enum PrimaryIdentifier: String, CaseIterable, Sendable {
  case phone, bsuid
  case phoneThenBSUID = "phone_then_bsuid"
  case unknown
}

/// Why a flow needs the user's phone number.
public enum PhoneNeed: String, CaseIterable, Sendable {
  case authentication
  case crmLookup = "crm_lookup"
  case identityVerification = "identity_verification"
}

/// How a flow asks the user for the phone number.
public enum PhoneRequest: String, CaseIterable, Sendable {
  case none, undecided, prompt
  case nativeFlow = "native_flow"

  /// A request that actually asks the user (`prompt` or `native_flow`).
  public var asks: Bool { self == .prompt || self == .nativeFlow }
}

/// Where a business username claim comes from.
public enum UsernameSource: String, CaseIterable, Sendable {
  case displayName = "display_name"
  case verifiedAccount = "verified_account"
  case facebook, instagram
}

/// The claim status of a business username.
public enum UsernameStatus: String, CaseIterable, Sendable {
  case notStarted = "not_started"
  case eligible, requested, reserved, claimed, disputed
}

/// Whether a WABA migration moves it to another business portfolio.
public enum NewPortfolio: String, CaseIterable, Sendable { case yes, no, unknown }

/// Risk severity, most severe first.
public enum Severity: String, CaseIterable, Sendable, Comparable {
  case critical, high, medium, low

  /// `critical` < `high`: sorting ascending puts the worst first.
  public static func < (a: Severity, b: Severity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// Where a risk stands: open (it counts), accepted until a review date, or closed; accepted and
/// closed risks do not count towards the RAG (docs/readiness-model.md).
public enum RiskState: String, CaseIterable, Sendable { case open, accepted, closed }

/// A manual risk's likelihood or impact.
public enum RiskLevel: String, CaseIterable, Sendable { case low, medium, high }

/// Where a programme decision stands.
public enum DecisionStatus: String, CaseIterable, Sendable { case proposed, decided, superseded }
