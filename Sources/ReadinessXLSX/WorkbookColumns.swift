import ReadinessCore

/// The workbooks' column headers, each a message whose English is the header as the sheets
/// write it: a sheet names its columns in English and `Sheet.header` shows them in the
/// workbook's language, as a template's fixed text is keyed by its English.
enum WorkbookColumns {
  static let all: [MessageKey] = [
    ("actionsAndTasks", "Open actions and tasks"), ("adSpend", "Ad spend"),
    ("adoption", "Adoption"), ("alternates", "Alternates"), ("amber", "Amber"),
    ("asOf", "As of"), ("atAdoption", "At adoption"), ("attested", "Attested"),
    ("averageOverall", "Average overall"), ("badge", "Verified badge"),
    ("baselineEnd", "Baseline end"), ("baselineStart", "Baseline start"), ("basis", "Basis"),
    ("bsuidField", "BSUID field"), ("bsuidSendField", "BSUID send field"), ("client", "Client"),
    ("clients", "Clients"), ("completion", "Completion"), ("consumesWebhooks", "Consumes webhooks"),
    ("conversations", "Conversations"), ("conversationsAtRisk", "Conversations at risk / month"),
    ("counted", "Counted"), ("coveringTasks", "Covering tasks"),
    ("criticalRisks", "Critical risks"),
    ("currency", "Currency"), ("decided", "Decided"), ("decision", "Decision"),
    ("dedupeKey", "Dedupe key"), ("diagnostics", "Diagnostics"), ("done", "Done"), ("due", "Due"),
    ("end", "End"), ("evaluated", "Evaluated"), ("expected", "Expected"), ("file", "File"),
    ("flow", "Flow"), ("forecastCritical", "Forecast critical"), ("forecastEnd", "Forecast end"),
    ("forecastSlack", "Forecast slack"), ("forecastStart", "Forecast start"),
    ("formatProblems", "Format problems"), ("green", "Green"),
    ("handlesIdChanges", "Handles id changes"), ("handlesMissingPhone", "Handles missing phone"),
    ("id", "Id"), ("impact", "Impact"), ("issue", "Issue"), ("item", "Item"), ("kind", "Kind"),
    ("late", "Late"), ("lateOrOverdue", "Late or overdue"), ("likelihood", "Likelihood"),
    ("limit", "Limit"), ("linkedTo", "Linked to"), ("name", "Name"), ("neededBy", "Needed by"),
    ("needsBSUID", "Needs BSUID"), ("newCriticalRisks", "New critical risks"), ("note", "Note"),
    ("notes", "Notes"), ("openEntries", "Open entries"), ("overall", "Overall"),
    ("overloaded", "Overloaded"), ("owner", "Owner"), ("phase", "Phase"),
    ("phoneNumber", "Phone number"), ("planCritical", "Plan critical"),
    ("planSlack", "Plan slack"), ("primaryIdentifier", "Primary identifier"),
    ("progress", "Progress"), ("rag", "RAG"), ("raised", "Raised"), ("rationale", "Rationale"),
    ("red", "Red"), ("report", "Report"), ("review", "Review"), ("risk", "Risk"),
    ("score", "Score"), ("sendsMessages", "Sends messages"), ("setByPM", "Set by the PM"),
    ("severity", "Severity"), ("slip", "Slip (working days)"), ("start", "Start"),
    ("status", "Status"), ("stores", "Stores"), ("system", "System"), ("target", "Target"),
    ("task", "Task"), ("team", "Team"), ("title", "Title"), ("upperBound", "Upper bound"),
    ("urgent", "Urgent"), ("username", "Username"), ("weight", "Weight"),
    ("whatToDo", "What to do"), ("why", "Why"), ("whySC", "Why (S-C)"),
  ].map { MessageKey("xlsx.column.\($0.0)", $0.1) }

  /// The header of each English title.
  private static let byEnglish = Dictionary(uniqueKeysWithValues: all.map { ($0.english, $0) })

  /// `title` in `language`; a title that is not a column's message (S-A, a phase already in the
  /// language) is shown as given.
  static func title(_ title: String, in language: any MessageLanguage) -> String {
    byEnglish[title].map { Message($0).text(in: language) } ?? title
  }
}
