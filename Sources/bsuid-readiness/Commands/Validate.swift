import ArgumentParser
import ReadinessCore
import ReadinessRender

extension BSUIDReadiness {
  /// `validate INVENTORY`: checks an inventory and summarises what was read.
  struct Validate: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Check an inventory and summarise what it holds.",
      discussion: """
        Reads the inventory (YAML, JSON, and any CSV files its sections name) and reports every \
        problem at once, including what only scheduling reveals, compiler-style: \
        file:line:column: error: message, then a hint. Warnings (a handle Meta would refuse, \
        a click-to-WhatsApp flow without volumes) do not fail validation.

        Examples:
          bsuid-readiness validate inventory.yaml
          bsuid-readiness validate Examples/minimal.yaml

        Exit codes: 0 valid, 65 invalid inventory, 66 file missing, 74 I/O error.
        """)

    @Argument(help: "The inventory file (.yaml, .yml or .json), or - to read standard input.")
    var inventory: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var csvRoot: CSVRootOption
    @OptionGroup var language: LanguageOption

    func execute() throws(CLIError) {
      let (evaluated, warnings, words) = try InventoryInput.load(
        path: inventory, asOf: asOf.choice, csvRoot: csvRoot.path,
        language: LanguageChoice(lang: language.lang, langWins: true))
      let loaded = evaluated.inventory
      // Overrides of risks the data no longer raises are only known once assessed.
      let stale = Assessor.assess(evaluated).warnings
      Console.report(stale, in: words)
      ValidationSummary.lines(
        loaded, path: inventory == "-" ? InventoryInput.standardInputName : inventory,
        asOf: asOf.choice, warnings: warnings.count + stale.count,
        wording: Wording(language: words)
      ).forEach(Console.out)
    }
  }
}
