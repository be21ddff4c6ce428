import Foundation
import ReadinessCore
import ReadinessLocale

/// The languages reports are written in, each read once from its catalogue in the bundled
/// `Translations/` folder (`pt-BR.po`) and kept for the run: `portfolio` writes many clients in a
/// few languages at once.
final class LanguageCatalogs: @unchecked Sendable {
  static let shared = LanguageCatalogs()

  // Guarded by `lock`.
  private var languages: [String: any MessageLanguage] = [:]
  private let lock = NSLock()

  /// The language `given` names (`pt-BR`, `es-mx`, `en-XA`): English built in, the
  /// pseudo-locale generated, any other from its catalogue, kept by its canonical tag. An
  /// unknown tag is a usage error (64); a catalogue that cannot be read or parsed stops the run
  /// (66, 74, 65) at its line.
  func language(_ given: String) throws(CLIError) -> any MessageLanguage {
    if given.lowercased() == PseudoLanguage.identifier.lowercased() { return PseudoLanguage() }
    guard let tag = ReportLanguages.canonical(given), let name = ReportLanguages.catalogue(for: tag)
    else {
      throw CLIError(
        .usage,
        "'\(TerminalText.clean(given, limit: 40))' is not a language the reports are written in",
        hint: ReportLanguages.hint)
    }
    guard name != "en" else { return EnglishLanguage() }
    lock.lock()
    defer { lock.unlock() }
    if let known = languages[tag] { return known }
    let language = try load(tag, name: name)
    languages[tag] = language
    return language
  }

  private func load(_ tag: String, name: String) throws(CLIError) -> any MessageLanguage {
    let file = try Self.file(name)
    let text: String
    do { text = try String(contentsOf: file, encoding: .utf8) } catch {
      throw CLIError(
        .ioError, "cannot read the catalogue: \(error.localizedDescription)", at: file.path)
    }
    do throws(CatalogError) {
      let catalog = try Catalog(POFile(parsing: text, file: file.path), file: file.path)
      return CatalogLanguage(catalog, tag: tag, keys: BSUIDReadiness.Catalog.keys)
    } catch {
      throw CLIError(.invalidInventory, error.message, at: error.location, hint: error.hint)
    }
  }

  /// The catalogue of the shipped language `name`.
  static func file(_ name: String) throws(CLIError) -> URL {
    try ResourceLocator.find("Translations", missing: .inputMissing).appendingPathComponent(
      name + ".po")
  }
}

/// Which language a report, and the diagnostics and terminal lines about its inventory, are
/// written in: `--lang` and the inventory's `programme.language`, else English.
struct LanguageChoice: Sendable {
  let lang: String?
  /// Whether `--lang` wins over the inventory (`report`, `validate`) or only stands in for a
  /// client that names none (`portfolio`).
  let langWins: Bool

  /// The inventory's own language only: commands without `--lang`.
  static let inventory = LanguageChoice(lang: nil, langWins: false)

  func tag(for programme: Programme) -> String { tag(programmeLanguage: programme.language) }

  /// The tag for an inventory whose `programme.language` is `programmeLanguage` as written (nil
  /// when it names none or could not be read).
  func tag(programmeLanguage: String?) -> String {
    (langWins ? lang ?? programmeLanguage : programmeLanguage ?? lang) ?? "en"
  }

  /// The language of the diagnostics of an inventory whose `programme.language` is
  /// `programmeLanguage`: one it names that is no report language (itself an error) counts as
  /// none.
  func diagnostics(programmeLanguage: String?) throws(CLIError) -> any MessageLanguage {
    let own = programmeLanguage.flatMap { ReportLanguages.catalogue(for: $0) == nil ? nil : $0 }
    return try LanguageCatalogs.shared.language(tag(programmeLanguage: own))
  }
}
