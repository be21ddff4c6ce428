import ReadinessCore

/// The summary `validate` prints for a valid inventory (the CLI's `ValidationSummary`): its
/// heading and the labels of its lines, in the inventory's language.
public enum ValidationMessages {
  public static let valid = MessageKey(
    "validate.valid", "{path}: valid inventory (format version {version})")
  public static let programme = MessageKey("validate.programme", "programme")
  public static let organisation = MessageKey("validate.organisation", "organisation")
  public static let asOf = MessageKey("validate.asOf", "as of")
  /// The as-of day and where it came from: `--as-of`, `programme.as_of` or `today`.
  public static let asOfDay = MessageKey("validate.asOf.day", "{date} ({source})")
  public static let today = MessageKey("validate.today", "today")
  public static let systems = MessageKey("validate.systems", "systems")
  public static let flows = MessageKey("validate.flows", "flows")
  public static let usernames = MessageKey("validate.usernames", "usernames")
  public static let tasks = MessageKey("validate.tasks", "tasks")
  public static let wabas = MessageKey("validate.wabas", "wabas")
  public static let milestones = MessageKey("validate.milestones", "milestones")
  public static let stakeholders = MessageKey("validate.stakeholders", "stakeholders")
  public static let attestations = MessageKey("validate.attestations", "attestations")
  public static let risks = MessageKey("validate.risks", "risks")
  public static let decisions = MessageKey("validate.decisions", "decisions")
  public static let warnings = MessageKey("validate.warnings", "warnings")

  static let all: [MessageKey] = [
    valid, programme, organisation, asOf, asOfDay, today, systems, flows, usernames, tasks, wabas,
    milestones, stakeholders, attestations, risks, decisions, warnings,
  ]
}
