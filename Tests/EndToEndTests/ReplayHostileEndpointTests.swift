import Foundation
import Testing

/// Issue #21's replay defects, each against the local endpoint answering as a hostile or broken
/// one would (Support/webhook_receiver.py `--answer`).
@Suite("fixtures --post against a hostile endpoint: bounded answers, no redirects, no leaks")
struct ReplayHostileEndpointTests {
  @Test("a 128 MiB answer per body: a few KiB read, the rest never; little memory; accepted")
  func hugeAnswers() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(in: folder, answer: "huge")
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.requests.count == 15)
    // What the kernel's socket buffers take, not the 128 MiB (all of it, before the fix).
    #expect(run.sent.allSatisfy { $0 < 32 << 20 }, "answers read whole: \(run.sent)")
    // 689 MB at --concurrency 4 before the fix.
    #expect(run.peakKiB < 100_000, "peak \(run.peakKiB) KiB")
  }

  @Test("a failing answer's start is quoted in the failure, cut at 200 characters")
  func answerQuoted() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(in: folder, answer: "error-text")
    #expect(run.status == 1)
    let quoted = "the endpoint answered HTTP 500: queue full " + String(repeating: "x", count: 189)
    #expect(run.junit.contains(#"<failure message="\#(quoted)…" type="http"/>"#), "\(run.junit)")
    #expect(run.stdout.contains("message-01-ctwa-ads-S-C.json: \(quoted)…"), "\(run.stdout)")
  }

  @Test("an answer trickling at 1 byte/s: --timeout 2 ends each exchange after 2 s")
  func slowAnswer() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(in: folder, answer: "slow", timeout: "2")
    #expect(run.status == 1)
    #expect(run.junit.contains(#"tests="15" failures="15""#), "\(run.junit)")
    #expect(
      run.junit.contains(
        #"<failure message="no complete answer within the timeout (2 s)" type="transport"/>"#))
    // 15 bodies, 4 at a time (4 rounds), 2 s each; 20 s per body (75 s in all) before the fix.
    #expect(run.seconds < 18, "took \(run.seconds) s")
  }

  @Test(
    "a 302 or 307 is never followed: the body fails, naming where it pointed",
    arguments: [302, 307])
  func redirects(status: Int) throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ReplayTests().replay(in: folder, answer: "redirect-\(status)")
    #expect(run.status == 1)
    #expect(run.followed.isEmpty, "the redirect was followed: \(run.followed)")
    #expect(run.junit.contains(#"tests="15" failures="15""#), "\(run.junit)")
    let pattern =
      #"the endpoint answered HTTP \#(status), a redirect to http://127\.0\.0\.1:[0-9]+/elsewhere: redirects are not followed"#
    #expect(run.junit.contains(try Regex(pattern)), "\(run.junit)")
    #expect(run.stdout.contains(try Regex(pattern)), "\(run.stdout)")
  }

  @Test("credentials in the --post URL are redacted on the terminal and in the JUnit file")
  func credentialsRedacted() throws {
    for dead in [false, true] {
      let folder = try BinaryRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let run = try ReplayTests().replay(in: folder, dead: dead, userinfo: "alice:TOKEN-s3cret")
      #expect(run.status == (dead ? 1 : 0), "\(run.stderr)")
      for text in [run.stdout, run.stderr, run.junit] {
        #expect(!text.contains("TOKEN-s3cret") && !text.contains("alice"), "\(text)")
      }
      #expect(run.stdout.contains("replayed to http://***@127.0.0.1:"), "\(run.stdout)")
      #expect(run.junit.contains(#"<testsuite name="http://***@127.0.0.1:"#), "\(run.junit)")
    }
    let refused = try BinaryRunner.run([
      "fixtures", "Examples/minimal.yaml", "--out", "/nonexistent/out", "--post",
      "ftp://alice:TOKEN-s3cret@example.com/", "--secret-env", "X",
    ])
    #expect(refused.status == 64)
    #expect(!refused.stderr.contains("TOKEN-s3cret"), "\(refused.stderr)")
  }

  @Test(
    "numeric options out of range exit 64, naming the range",
    arguments: [
      ["--timeout", "1e300"], ["--timeout", "inf"], ["--timeout=-1"], ["--timeout", "nan"],
      ["--timeout", "0"], ["--timeout", "601"], ["--concurrency", "0"], ["--concurrency", "65"],
      ["--concurrency", "9223372036854775808"], ["--seed=-1"], ["--seed", "1e3"],
    ])
  func outOfRange(option: [String]) throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run(
      ["fixtures", "Examples/minimal.yaml", "--out", out.path] + option + [
        "--post", "http://127.0.0.1:9/", "--secret-env", "SENDER_SECRET",
      ], environment: ["SENDER_SECRET": "s"])
    #expect(run.status == 64, "\(option): \(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    if option[0].hasPrefix("--timeout") {
      #expect(run.stderr.contains("--timeout must be 0.1 to 600 seconds"), "\(run.stderr)")
    }
  }
}
