import Foundation
import ReadinessRender
import ReadinessWebhooks

extension BSUIDReadiness.Fixtures {
  /// The JUnit result's name in the output folder.
  static let junitName = "replay-junit.xml"

  /// Posts the written bodies, writes the JUnit result and prints the summary; throws exit 1
  /// when any body failed.
  func replay(
    _ files: [FixtureFile], manifest: FixtureManifest, to post: String, signingWith secret: Data
  ) throws(CLIError) {
    let entries = Dictionary(manifest.files.map { ($0.file, $0) }) { first, _ in first }
    let bodies = files.compactMap { file in
      entries[file.name].map {
        (file: file.name, kind: $0.kind, routeBy: $0.routeBy, bytes: file.bytes)
      }
    }
    let terminal = isatty(STDERR_FILENO) == 1
    let replayer = WebhookReplay(
      endpoint: URL(string: post)!, secret: secret, concurrency: replay.concurrency,
      timeout: replay.timeout, expectRoute: replay.expectRoute.flatMap(RouteAcknowledgement.init))
    let results = replayer.replay(bodies) { done, failed in
      if terminal {
        FileHandle.standardError.write(
          Data("\rreplayed \(done)/\(bodies.count), \(failed) failed".utf8))
      }
    }
    if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    let junit = RenderedFile(
      name: Self.junitName, bytes: Data(ReplayReport.junit(results, endpoint: post).utf8))
    do {
      try AtomicWriter.write([junit], into: URL(fileURLWithPath: out))
    } catch {
      throw CLIError(.ioError, "\(error)")
    }
    for line in ReplayReport.summary(results, endpoint: post) {
      Console.out("\(line, limit: 1_000)")
    }
    Console.out("JUnit result: \((out as NSString).appendingPathComponent(Self.junitName))")
    if results.contains(where: { !$0.passed }) {
      throw CLIError(
        .gateFailed, "\(results.filter { !$0.passed }.count) webhook bodies were not accepted",
        hint:
          "see the failures above and in \(Self.junitName); a 401 or 403 often means the secret is not the app's"
      )
    }
  }
}
