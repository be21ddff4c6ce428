/// Every message the core writes, for the catalogues: each id once, with its English pattern.
public enum MessageCatalog {
  public static let core: [MessageKey] =
    RAGMessages.all + WordMessages.all + RiskMessages.all + IdentityMessages.all
    + ScheduleMessages.all + ChecklistMessages.all + UsernameMessages.all + IssueMessages.all
    + ObservedMessages.all + CommentaryMessages.all + RiskActionMessages.all + PendingMessages.all
    + AssumptionMessages.all
    + ProgrammeCalendar.defaultMilestones.map(ProgrammeCalendar.titleKey) + DiagnosticMessages.all
}
