import ReadinessCore

/// What the readers of spreadsheets and plans say (`CSVReader`, `CSVSection`, `JiraSection`,
/// `MSPDISection`): CSV syntax, headers and rows, Jira columns and issues, MS Project tasks.
enum ImportMessages {
  static let afterField = MessageKey(
    "diagnostic.csv.afterField", "unexpected character after a field")
  static let quoteInside = MessageKey(
    "diagnostic.csv.quoteInside",
    "a quote inside an unquoted field (quote the whole field and double the quote: \"\")")
  static let neverClosed = MessageKey(
    "diagnostic.csv.neverClosed", "a quoted field is never closed (it opens here)")
  static let afterQuote = MessageKey(
    "diagnostic.csv.afterQuote", "text after the closing quote of a field")
  static let csvSyntax = MessageKey("diagnostic.csv.syntax", "CSV: {problem}")
  static let csvSyntaxHint = MessageKey(
    "diagnostic.csv.syntax.hint",
    "quote a field that contains a quote, comma or line break, and double the quotes inside it")
  static let unnamedColumn = MessageKey(
    "diagnostic.csv.unnamedColumn", "a column has no name in the header row")
  static let twiceColumn = MessageKey(
    "diagnostic.csv.twiceColumn", "column '{name}' appears twice in the header row")
  static let columnHint = MessageKey(
    "diagnostic.csv.column.hint", "every column needs one distinct key name")
  static let fieldCount = MessageKey(
    "diagnostic.csv.fieldCount", one: "CSV row has {count} field, the header has {header}",
    other: "CSV row has {count} fields, the header has {header}")
  static let fieldCountComma = MessageKey(
    "diagnostic.csv.fieldCount.hint",
    "quote fields that contain a comma; every row needs one field per header column")
  static let fieldCountSemicolon = MessageKey(
    "diagnostic.csv.fieldCount.semicolonHint",
    "quote fields that contain a semicolon; every row needs one field per header column")
  static let otherSeparator = MessageKey(
    "diagnostic.csv.otherSeparator",
    "the header row holds '{other}' and no '{delimiter}': the file is '{other}'-separated")
  static let writeComma = MessageKey(
    "diagnostic.csv.otherSeparator.comma",
    "write {section}: {csv: {path}}: the comma is the default")
  static let writeSemicolon = MessageKey(
    "diagnostic.csv.otherSeparator.semicolon", "write {section}: {csv: {path}, delimiter: \";\"}")

  static let jiraColumn = MessageKey(
    "diagnostic.jira.column", "the Jira export has no '{column}' column for the task {key}")
  static let jiraColumnHint = MessageKey(
    "diagnostic.jira.column.hint", "map it: tasks: {jira_csv: …, map: {{key}: \"Column\"}}")
  static let jiraNoKey = MessageKey("diagnostic.jira.noKey", "an issue without an Issue key")
  static let jiraStatus = MessageKey(
    "diagnostic.jira.status", "Jira status '{status}' maps to no work status")
  static let jiraStatusHint = MessageKey(
    "diagnostic.jira.status.hint",
    "map it: tasks: {jira_csv: …, statuses: {\"{status}\": in_progress}}")
  static let jiraDate = MessageKey("diagnostic.jira.date", "'{value}' is not a date Jira writes")
  static let jiraDateHint = MessageKey(
    "diagnostic.jira.date.hint", "Jira writes dates as 05/Dec/26 9:12 AM or 2026-12-05")
  static let jiraEstimate = MessageKey(
    "diagnostic.jira.estimate", "'{value}' is not an estimate in seconds")
  static let jiraEstimateHint = MessageKey(
    "diagnostic.jira.estimate.hint", "Jira exports Original Estimate in seconds (28800 = one day)")
  static let jiraPhase = MessageKey(
    "diagnostic.jira.phase", "issue {key} names no phase in its labels or components")
  static let jiraPhaseHint = MessageKey(
    "diagnostic.jira.phase.hint",
    "label it planning, implementation or testing, or map a label: tasks: {jira_csv: …, phases:"
      + " {\"label\": implementation}}")
  static let jiraUnestimated = MessageKey(
    "diagnostic.jira.unestimated",
    one:
      "{count} issues have neither an Original Estimate nor a Due date: each is taken as 1 working"
      + " day ({issues})",
    other:
      "{count} issues have neither an Original Estimate nor a Due date: each is taken as 1 working"
      + " day ({issues})")
  static let jiraUnestimatedHint = MessageKey(
    "diagnostic.jira.unestimated.hint", "estimate them in Jira, or give them due dates")
  static let jiraLink = MessageKey(
    "diagnostic.jira.link",
    "issue {blocker} blocks {blocked}, which is not in the export: the link is left out")

  static let mspdiSummary = MessageKey(
    "diagnostic.mspdi.summary", "summary task '{name}' names no phase")
  static let mspdiSummaryHint = MessageKey(
    "diagnostic.mspdi.summary.hint",
    "name it Planning, Implementation or Testing, or map it: tasks: {mspdi: …, phases:"
      + " {\"{name}\": implementation}}")
  static let mspdiOrphan = MessageKey(
    "diagnostic.mspdi.orphan", "task '{name}' is under no phase's summary task")
  static let mspdiOrphanHint = MessageKey(
    "diagnostic.mspdi.orphan.hint", "group the tasks under summary tasks named for the phases")
  static let mspdiLink = MessageKey(
    "diagnostic.mspdi.link",
    "task '{name}' has a {link} link: only finish-to-start links are read; this one is left out")
  static let finishToFinish = MessageKey("diagnostic.mspdi.link.ff", "finish-to-finish")
  static let startToFinish = MessageKey("diagnostic.mspdi.link.sf", "start-to-finish")
  static let startToStart = MessageKey("diagnostic.mspdi.link.ss", "start-to-start")
  static let lagged = MessageKey("diagnostic.mspdi.link.lagged", "lagged")
  static let mspdiNested = MessageKey(
    "diagnostic.mspdi.nested",
    one:
      "{count} summary tasks are nested below a phase ('{first}' the first): their tasks are read"
      + " into that phase",
    other:
      "{count} summary tasks are nested below a phase ('{first}' the first): their tasks are read"
      + " into that phase")

  static let all: [MessageKey] = [
    afterField, quoteInside, neverClosed, afterQuote, csvSyntax, csvSyntaxHint, unnamedColumn,
    twiceColumn, columnHint, fieldCount, fieldCountComma, fieldCountSemicolon, otherSeparator,
    writeComma, writeSemicolon, jiraColumn, jiraColumnHint, jiraNoKey, jiraStatus, jiraStatusHint,
    jiraDate, jiraDateHint, jiraEstimate, jiraEstimateHint, jiraPhase, jiraPhaseHint,
    jiraUnestimated, jiraUnestimatedHint, jiraLink, mspdiSummary, mspdiSummaryHint, mspdiOrphan,
    mspdiOrphanHint, mspdiLink, finishToFinish, startToFinish, startToStart, lagged, mspdiNested,
  ]
}
