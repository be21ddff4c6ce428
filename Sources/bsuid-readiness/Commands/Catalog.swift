import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessLocale
import ReadinessRender
import ReadinessXLSX

extension BSUIDReadiness {
  /// `catalog`: the translation catalogues, for translators.
  struct Catalog: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the catalogue template, or check the translation catalogues.",
      discussion: """
        The reports' texts are translated in gettext PO files, one per language, in the \
        bundled Translations/ folder (docs/localisation.md).

        Examples:
          bsuid-readiness catalog template > messages.pot
          bsuid-readiness catalog check
          bsuid-readiness catalog check my-fr.po
        """,
      subcommands: [Template.self, Check.self])

    /// Every message the tool writes.
    static let keys =
      MessageCatalog.core + InputMessages.all + RenderMessages.all + WorkbookMessages.all

    /// Every message id and every fixed text of the bundled templates.
    static func contents() throws(CLIError) -> (keys: [MessageKey], texts: [String]) {
      let templates = try TemplateLoading.templateSet(overrideFolder: nil)
      let texts = PortfolioHTML.fixedTexts(
        try PortfolioRollupFiles.template().0, besides: templates.fixedTexts)
      return (Self.keys, texts)
    }

    /// `catalog template`.
    struct Template: CLICommand {
      static let configuration = CommandConfiguration(
        abstract: "Print the catalogue template (PO): every message and template text in English.")

      func execute() throws(CLIError) {
        let (keys, texts) = try Catalog.contents()
        Console.write(
          document: POTemplate.text(keys: keys, fixedTexts: texts, version: BSUIDReadiness.version))
      }
    }

    /// `catalog check`.
    struct Check: CLICommand {
      static let configuration = CommandConfiguration(
        abstract: "Check catalogues: every message translated, with its placeholders, in the"
          + " language's CLDR plural forms. Exits 65 when one is not whole.")

      @Argument(help: "PO files to check (default: every bundled catalogue).")
      var files: [String] = []

      func execute() throws(CLIError) {
        let (keys, texts) = try Catalog.contents()
        var paths = files
        if paths.isEmpty {
          for name in ReportLanguages.shipped where name != "en" {
            paths.append(try LanguageCatalogs.file(name).path)
          }
        }
        var problems: [ConsoleMessage] = []
        for path in paths {
          let catalog = try Self.read(path)
          let rules = CatalogLanguage.categories(catalog.language)
          let found = catalog.problems(keys: keys, fixedTexts: texts, rules: rules)
          problems += found.map { ConsoleMessage($0.message, at: $0.location, hint: $0.hint) }
          if found.isEmpty {
            let line =
              "\(path): \(keys.count) messages and \(texts.count) template texts, whole;"
              + " \(catalog.reviewStatus)"
            Console.out("\(line, limit: 1_000)")
          }
        }
        if !problems.isEmpty { throw CLIError(.invalidInventory, messages: problems) }
      }

      static func read(_ path: String) throws(CLIError) -> ReadinessLocale.Catalog {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
          throw CLIError(.inputMissing, "cannot read the catalogue", at: path)
        }
        do throws(CatalogError) {
          return try ReadinessLocale.Catalog(POFile(parsing: text, file: path), file: path)
        } catch {
          throw CLIError(.invalidInventory, error.message, at: error.location, hint: error.hint)
        }
      }
    }
  }
}
