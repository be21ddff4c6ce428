import ReadinessCore

/// What the decoder says of a section kept in a file of its own (`{csv: …}`, `{mspdi: …}`,
/// `{jira_csv: …}`) and of the observed adoption file: its options, and a file it cannot read.
enum SectionMessages {
  static let unknownBeside = MessageKey(
    "diagnostic.section.unknownKey", "unknown key '{key}' beside '{file}'")
  static let csvForm = MessageKey(
    "diagnostic.section.csvForm",
    "a CSV section is written {csv: file.csv}, or {csv: file.csv, delimiter: \";\"}")
  static let mspdiForm = MessageKey(
    "diagnostic.section.mspdiForm",
    "an MSPDI section is written {mspdi: plan.xml}, or with phases: {Summary: phase}")
  static let jiraForm = MessageKey("diagnostic.section.jiraForm", "a Jira section takes {keys}")
  static let cannotRead = MessageKey(
    "diagnostic.section.cannotRead", "cannot read the {what} '{path}': {reason}")
  static let cannotReadPlain = MessageKey(
    "diagnostic.section.cannotReadPlain", "cannot read the {what} '{path}'")
  static let csvFile = MessageKey("diagnostic.section.csvFile", "CSV file")
  static let jiraExport = MessageKey("diagnostic.section.jiraExport", "Jira export")
  static let mspdiFile = MessageKey("diagnostic.section.mspdiFile", "MSPDI file")
  static let jiraExportHint = MessageKey(
    "diagnostic.section.jiraExport.hint", "export the issues from Jira: Filters → Export → CSV")
  static let mspdiSaveHint = MessageKey(
    "diagnostic.section.mspdiFile.hint",
    "the path is relative to the inventory's folder; save the plan from MS Project as XML")
  static let notPhase = MessageKey("diagnostic.section.notPhase", "'{value}' is not a phase")
  static let notPhaseHint = MessageKey(
    "diagnostic.section.notPhase.hint", "map to planning, implementation or testing")
  static let delimiter = MessageKey(
    "diagnostic.section.delimiter", "'delimiter' must be ',' or ';', found {found}")
  static let delimiterHint = MessageKey(
    "diagnostic.section.delimiter.hint",
    "write delimiter: \";\" for a semicolon-separated file; the comma is the default")
  static let csvNotUTF8 = MessageKey(
    "diagnostic.section.csvNotUTF8", "the CSV file is not UTF-8 text")
  static let csvNotUTF8Hint = MessageKey(
    "diagnostic.section.csvNotUTF8.hint", "export the spreadsheet as 'CSV UTF-8'")
  static let jiraKey = MessageKey(
    "diagnostic.section.jiraKey", "'{name}' is not a task key a Jira column can fill")
  static let jiraKeyHint = MessageKey("diagnostic.section.jiraKey.hint", "map one of {keys}")
  static let notStatus = MessageKey(
    "diagnostic.section.notStatus", "'{value}' is not a work status")
  static let jiraNotUTF8 = MessageKey(
    "diagnostic.section.jiraNotUTF8", "the Jira export is not UTF-8 text")
  static let mspdiUnreadable = MessageKey(
    "diagnostic.section.mspdiUnreadable", "the MSPDI file cannot be read: {problem}")
  static let mspdiUnreadableHint = MessageKey(
    "diagnostic.section.mspdiUnreadable.hint",
    "export the plan from MS Project or ProjectLibre as XML (MSPDI)")

  static let measureHint = MessageKey(
    "diagnostic.observed.hint",
    "write it with `bsuid-readiness measure LOG --out observed.yaml` from your stored webhook"
      + " bodies; the path is relative to the inventory's folder")
  static let observedNoFile = MessageKey("diagnostic.observed.noFile", "'observed' names no file")
  static let observedCannotRead = MessageKey(
    "diagnostic.observed.cannotRead", "cannot read the observed adoption file '{path}': {reason}")
  static let observedCannotReadPlain = MessageKey(
    "diagnostic.observed.cannotReadPlain", "cannot read the observed adoption file '{path}'")
  static let observedNotUTF8 = MessageKey(
    "diagnostic.observed.notUTF8", "the observed adoption file is not UTF-8 text")
  static let observedEmpty = MessageKey(
    "diagnostic.observed.empty", "the observed adoption file is empty")
  static let observedMeasuredTo = MessageKey(
    "diagnostic.observed.measuredTo", "'observed' needs 'measured_to' when 'sample_size' is above 0"
  )
  static let observedMeasuredToHint = MessageKey(
    "diagnostic.observed.measuredTo.hint",
    "add 'measured_to: YYYY-MM-DD': the last day the logs cover")

  static let all: [MessageKey] = [
    unknownBeside, csvForm, mspdiForm, jiraForm, cannotRead, cannotReadPlain, csvFile, jiraExport,
    mspdiFile, jiraExportHint, mspdiSaveHint, notPhase, notPhaseHint, delimiter,
    delimiterHint, csvNotUTF8, csvNotUTF8Hint, jiraKey, jiraKeyHint, notStatus, jiraNotUTF8,
    mspdiUnreadable, mspdiUnreadableHint, measureHint, observedNoFile, observedCannotRead,
    observedCannotReadPlain, observedNotUTF8, observedEmpty, observedMeasuredTo,
    observedMeasuredToHint,
  ]
}
