// What the programme manager controls: the RAG override, commentary and issues
// (ProgrammeControl.swift).

extension RAG: KeyValue {}
extension IssueStatus: KeyValue {}

extension RAGOverride {
  /// The keys of one entry of `programme.rag_override`; its scope is the key it is written under.
  public static let keys = Keys<RAGOverride>(
    "rag_override",
    seed: { RAGOverride(rag: .green, reason: "", by: "", until: InputLimits.earliestDate) },
    [
      Field(
        \.rag, "rag", .cases(of: RAG.self), required: true,
        doc: "The RAG to show: green, amber or red."),
      Field(\.reason, "reason", .string, required: true, doc: "Why, in a sentence."),
      Field(\.by, "by", .string, required: true, doc: "Who sets it."),
      Field(
        \.until, "until", .date, required: true,
        doc:
          "Last day it holds, at most 8 weeks after as_of; after it the computed RAG is shown alone."
      ),
    ], requires: [\.until], location: \.location, origin: \.origin)

  /// `programme.rag_override`: one override per scope.
  static let scopes = ObjectSchema(
    "rag_override",
    RAGScope.allCases.map {
      SchemaField($0.rawValue, .object(keys.schema), "The \($0.rawValue) RAG as the PM sets it.")
    })
}

extension Commentary {
  /// The keys of `commentary`.
  static let keys = Keys<Commentary>(
    "commentary", seed: { Commentary() },
    [
      Field(\.summary, "summary", .string, doc: "This week in a sentence or two: the key message."),
      Field(\.achievements, "achievements", .list(.string), doc: "Done since the last report."),
      Field(\.nextSteps, "next_steps", .list(.string), doc: "What happens next."),
      Field(\.asks, "asks", .list(.string), doc: "Asks of the steering committee."),
    ])
}

extension ProgrammeIssue {
  /// The keys of an entry of `issues`.
  public static let keys = Keys<ProgrammeIssue>(
    "issue", seed: { ProgrammeIssue(id: "", title: "", severity: .medium) },
    [
      Field(\.id, "id", .id, required: true, doc: "Unique id of the issue."),
      Field(\.title, "title", .string, required: true, doc: "What has happened."),
      Field(\.owner, "owner", .string, doc: "Person handling it."),
      Field(\.raised, "raised", .date, doc: "When it was raised."),
      Field(\.due, "due", .date, doc: "Date by which it must be resolved."),
      Field(\.status, "status", .cases(of: IssueStatus.self), doc: "open (default) or resolved."),
      Field(
        \.severity, "severity", .cases(of: Severity.self), required: true,
        doc: "How bad; an open critical issue turns the RAG red."),
      Field(\.link, "link", .string, doc: "Id of the risk or task it belongs to."),
    ], location: \.location, origin: \.origin)
}
