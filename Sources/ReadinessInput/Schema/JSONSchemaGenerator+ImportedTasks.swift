import ReadinessCore

/// The other forms `tasks` takes in the JSON Schema: a plan in MS Project XML, a Jira export.
extension JSONSchemaGenerator {
  /// `tasks: {mspdi: plan.xml, phases: {Summary name: phase}}`: the tasks of an MS Project XML file.
  static var mspdi: JSONText {
    .object([
      ("type", .string("object")),
      (
        "properties",
        .object([
          (
            "mspdi",
            .object([
              ("type", .string("string")),
              ("description", .string("MS Project XML (MSPDI) file, relative to the inventory.")),
            ])
          ),
          (
            "phases",
            .object([
              ("type", .string("object")),
              (
                "additionalProperties",
                .object([
                  ("enum", .array(PhaseID.allCases.map { .string($0.rawValue) }))
                ])
              ),
              ("description", .string("Summary task name → phase, where the name does not say.")),
            ])
          ),
        ])
      ),
      ("required", .array([.string("mspdi")])), ("additionalProperties", .bool(false)),
    ])
  }

  /// `tasks: {jira_csv: export.csv, map, statuses, phases, hours_per_day, delimiter}`.
  static var jira: JSONText {
    .object([
      ("type", .string("object")),
      (
        "properties",
        .object([
          (
            "jira_csv",
            .object([
              ("type", .string("string")),
              ("description", .string("Jira CSV export, relative to the inventory.")),
            ])
          ),
          (
            "map",
            .object([
              ("type", .string("object")),
              ("propertyNames", .object([("enum", .array(JiraColumns.keys.map { .string($0) }))])),
              ("additionalProperties", .object([("type", .string("string"))])),
              ("description", .string("Task key → the export's column, where Jira's own differs.")),
            ])
          ),
          (
            "statuses",
            .object([
              ("type", .string("object")),
              (
                "additionalProperties",
                .object([("enum", .array(WorkStatus.allCases.map { .string($0.rawValue) }))])
              ),
            ])
          ),
          (
            "phases",
            .object([
              ("type", .string("object")),
              (
                "additionalProperties",
                .object([("enum", .array(PhaseID.allCases.map { .string($0.rawValue) }))])
              ),
            ])
          ),
          (
            "hours_per_day",
            .object([("type", .string("number")), ("exclusiveMinimum", .number(0))])
          ),
          ("delimiter", .object([("enum", .array([.string(","), .string(";")]))])),
        ])
      ),
      ("required", .array([.string("jira_csv")])), ("additionalProperties", .bool(false)),
    ])
  }
}
