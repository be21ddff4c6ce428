import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessWebhooks

extension BSUIDReadiness {
  /// `fixtures INVENTORY --out DIR`: webhook bodies for every flow and user state, optionally
  /// replayed, signed, against a webhook endpoint.
  struct Fixtures: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Write webhook bodies for every flow and user state; optionally replay them.",
      discussion: """
        Writes Cloud API webhook bodies into DIR: for each flow that is not outbound, the \
        incoming message from a user without a username (S-A), with a username and a shareable \
        phone number (S-B) and with a username only (S-C: no `from`, no `wa_id`); per WABA the \
        sent, delivered, read and failed statuses, the BSUID-change system messages and the \
        contacts message of a shared phone number. manifest.json says, per file, the flow, the \
        state, what your endpoint must do with it and the outcome the identity matrix predicts. \
        The same --seed gives the same files.

        With --post URL each body is sent to your webhook endpoint signed as Meta signs it \
        (X-Hub-Signature-256, HMAC-SHA256 with the app secret read from the variable that \
        --secret-env names, which is checked before anything is written). --timeout bounds each \
        body's whole exchange, the answer included; at most 4 KiB of an answer is read; a \
        redirect is never followed (a 3xx fails that body, naming where it pointed); credentials \
        in the URL (user:password@) are redacted wherever it is printed or written. Results go \
        to replay-junit.xml in DIR; any failed case exits 1.

        Examples:
          bsuid-readiness fixtures inventory.yaml --out fixtures
          APP_SECRET=… bsuid-readiness fixtures inventory.yaml --out fixtures \\
            --post https://hooks.example.com/whatsapp --secret-env APP_SECRET

        Exit codes: 0 written (and every replayed body accepted), 1 a replayed body failed, \
        64 usage, 65 invalid inventory, 66 file missing, 73 output cannot be created, 74 I/O error.
        """)

    @Argument(help: "The inventory file (.yaml, .yml or .json), or - to read standard input.")
    var inventory: String

    @Option(
      help: ArgumentHelp(
        "Folder to write the webhook bodies and manifest.json into.", valueName: "dir"))
    var out: String

    @Option(
      help:
        "Seed for the fake ids, a whole number from 0 to 18446744073709551615: the same seed gives the same files."
    )
    var seed: UInt64 = 1

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var replay: ReplayOptions

    func execute() throws(CLIError) {
      let secret = replay.post == nil ? nil : try replay.secret()
      let evaluated = try InventoryInput.load(path: inventory, asOf: asOf.choice).evaluated
      let assessment = Assessor.assess(evaluated)
      let (files, manifest) = FixtureGenerator.generate(
        evaluated.inventory, matrix: assessment.flows, seed: seed)
      try write(files)
      Console.out("Wrote \(manifest.files.count) webhook bodies and manifest.json to \(out)")
      if let post = replay.post, let secret {
        try replay(files, manifest: manifest, to: post, signingWith: secret)
      }
    }

    private func write(_ files: [FixtureFile]) throws(CLIError) {
      do {
        try AtomicWriter.write(
          files.map { RenderedFile(name: $0.name, bytes: $0.bytes) },
          into: URL(fileURLWithPath: out))
      } catch {
        switch error {
        case .cannotCreateFolder:
          throw CLIError(
            .cannotCreateOutput, "\(error)",
            hint: "check that no part of the path is a file and that the folder is writable")
        case .cannotWrite:
          throw CLIError(.ioError, "\(error)")
        }
      }
    }
  }
}
