import ReadinessCore

/// Every message of the input's diagnostics, for the catalogues (the core's own are in
/// `DiagnosticMessages`).
public enum InputMessages {
  public static let all: [MessageKey] =
    SourceMessages.all + SchemaMessages.all + SectionMessages.all + ImportMessages.all
    + CalendarFileMessages.all + FileMessages.all
}
