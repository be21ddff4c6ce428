import Foundation
import Testing

/// `fixtures --post --expect-route`: a 2xx does not prove a body was handled, so the endpoint
/// may say which identity it routed each body to, and a wrong or missing one fails that body.
@Suite("fixtures --post --expect-route: the identity the endpoint routed to, checked")
struct ReplayRouteTests {
  @Test("an endpoint keyed on the phone number: the bodies without one fail as routed wrong")
  func phoneKeyed() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(
      in: folder, answer: "route-phone", extra: ["--expect-route", "header:X-Routed-To"])
    #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
    // Minimal's bodies without a phone number in from or recipient_id: S-C, the sent, delivered,
    // read and failed statuses to a BSUID, user_changed_user_id and both contacts messages (8;
    // the batch passes on its first message, which has a phone number).
    #expect(run.junit.contains(#"tests="15" failures="8""#), "\(run.junit)")
    #expect(run.junit.contains(#"type="route""#))
    #expect(
      run.stdout.contains(
        "message-01-ctwa-ads-S-C.json: the endpoint accepted the body but did not say where it"
          + " routed it (no X-Routed-To header); expected from_user_id "),
      "\(run.stdout)")
    #expect(!run.stdout.contains("message-01-ctwa-ads-S-A.json"))
  }

  @Test("an endpoint that routes by the BSUID and says so in JSON: every body passes")
  func bsuidFirst() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(
      in: folder, answer: "route-json", extra: ["--expect-route", "json:route.user"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.junit.contains(#"tests="15" failures="0""#), "\(run.junit)")
  }

  @Test("the wrong source: a JSON path the answer does not have fails every body")
  func wrongPath() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(
      in: folder, answer: "route-json", extra: ["--expect-route", "json:routed_to"])
    #expect(run.status == 1)
    #expect(run.junit.contains(#"tests="15" failures="15""#), "\(run.junit)")
    #expect(run.stdout.contains("(no routed_to in its JSON answer)"), "\(run.stdout)")
  }

  @Test("--expect-route without --post, or not header: or json:, is a usage error (64)")
  func usage() throws {
    for (arguments, message) in [
      (["--expect-route", "header:X"], "--expect-route is only used with --post"),
      (
        ["--post", "http://127.0.0.1:9/", "--expect-route", "cookie:x"],
        "--expect-route must be header:NAME or json:PATH"
      ),
    ] {
      let run = try BinaryRunner.run(
        ["fixtures", "Examples/minimal.yaml", "--out", "/tmp/never"] + arguments)
      #expect(run.status == 64, "\(run.stderr)")
      #expect(run.stderr.contains(message), "\(run.stderr)")
    }
  }
}
