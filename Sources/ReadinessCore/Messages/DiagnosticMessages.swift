/// Every message of the core's diagnostics, for the catalogues; the input's own (`SchemaDecoder`,
/// the CSV, JSON, ICS, MSPDI and Jira readers) are listed by ReadinessInput.
public enum DiagnosticMessages {
  public static let all: [MessageKey] =
    WarningMessages.all + ReferenceMessages.all + CheckMessages.all + ScheduleProblemMessages.all
    + SchemaTypeMessages.all + ProductFindingMessages.all
}
