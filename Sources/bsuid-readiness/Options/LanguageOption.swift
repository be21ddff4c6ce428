import ArgumentParser
import ReadinessCore
import ReadinessLocale

/// `--lang`: the language of the reports, and of the diagnostics and summary on the terminal.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The reports' language: \(ReportLanguages.shipped.joined(separator: ", ")), a region"
        + " after it for its figures (es-MX); \(PseudoLanguage.identifier) is a pseudo-locale"
        + " for testing. Default: the inventory's programme.language, else en. Every report"
        + " file, the diagnostics and the terminal summary are written in it; locations,"
        + " error:/warning:/hint: and codes stay as they are.",
      valueName: "tag"))
  var lang: String?

  func validate() throws {
    guard let lang, lang.lowercased() != PseudoLanguage.identifier.lowercased(),
      ReportLanguages.catalogue(for: lang) == nil
    else { return }
    throw ValidationError(
      "--lang '\(TerminalText.clean(lang, limit: 40))' is not a language the reports are written"
        + " in: \(ReportLanguages.hint)")
  }
}
