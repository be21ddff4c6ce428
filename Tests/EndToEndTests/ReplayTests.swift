import Foundation
import Testing

@Suite("fixtures --post: a signed replay against a local endpoint, with a JUnit result")
struct ReplayTests {
  static let secret = "test-app-secret"

  /// What the replay did against the local endpoint (Support/webhook_receiver.py).
  struct Outcome {
    var status: Int
    var stdout: String
    var stderr: String
    var url: String
    /// "valid" or "invalid" per request the endpoint received.
    var requests: [String]
    var junit: String
    /// Bytes of answer body the endpoint wrote per request (`--answer slow`, `huge` or `error-text`).
    var sent: [Int]
    /// Methods of the requests that reached where a redirect pointed.
    var followed: [String]
    /// The replaying process's peak memory, in KiB.
    var peakKiB: Int
    var seconds: Double
  }

  /// Replays the minimal example's fixtures (15 bodies: 3 for its flow, 12 for its WABA) to a
  /// local endpoint that checks signatures with `secret`, the sender signing with `sending`.
  /// `answer` is the receiver's `--answer` kind, `userinfo` credentials put in the URL.
  func replay(
    in folder: URL, sending: String = secret, reject: String? = nil, dead: Bool = false,
    answer: String? = nil, userinfo: String? = nil, timeout: String = "5", extra: [String] = []
  ) throws -> Outcome {
    let out = folder.appendingPathComponent("out")
    var options = [Self.secret, sending]
    if let reject { options += ["--reject", reject] }
    if dead { options.append("--dead") }
    if let answer { options += ["--answer", answer] }
    if let userinfo { options += ["--userinfo", userinfo] }
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "Tests/EndToEndTests/Support/webhook_receiver.py"] + options + [
        "--", BinaryRunner.binary.path, "fixtures", "Examples/minimal.yaml", "--out", out.path,
        "--post", "{url}", "--secret-env", "SENDER_SECRET", "--timeout", timeout,
      ] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    let result = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
      "\(run.stdout)")
    return Outcome(
      status: result["status"] as? Int ?? -1, stdout: result["stdout"] as? String ?? "",
      stderr: result["stderr"] as? String ?? "", url: result["url"] as? String ?? "",
      requests: result["requests"] as? [String] ?? [],
      junit: (try? String(
        contentsOf: out.appendingPathComponent("replay-junit.xml"), encoding: .utf8)) ?? "",
      sent: result["sent"] as? [Int] ?? [], followed: result["followed"] as? [String] ?? [],
      peakKiB: result["maxrss_kb"] as? Int ?? 0, seconds: result["seconds"] as? Double ?? 0)
  }

  @Test("every body accepted: exit 0, every signature valid, a JUnit file without failures")
  func allAccepted() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try replay(in: folder)
    let junit = run.junit
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.requests == Array(repeating: "valid", count: 15))
    #expect(
      junit.contains(#"<testsuites name="bsuid-readiness webhook replay" tests="15" failures="0""#),
      "\(junit)")
    #expect(
      junit.contains(#"<testcase classname="webhook.message" name="message-01-ctwa-ads-S-C.json""#))
    #expect(run.stdout.contains("15 webhook bodies replayed to \(run.url): 15 accepted, 0 failed."))
    #expect(try xmllint(folder.appendingPathComponent("out/replay-junit.xml")))
  }

  @Test("one body rejected: exit 1 and that case failed with its HTTP status")
  func oneRejected() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try replay(in: folder, reject: "131049")
    let junit = run.junit
    #expect(run.status == 1, "\(run.stderr)")
    // The three failed statuses carry error 131049: to a BSUID, and to a phone number as Meta
    // documents it and as real traffic has it.
    #expect(junit.contains(#"tests="15" failures="3""#))
    for name in ["failed-to-bsuid", "failed-to-phone", "failed-to-phone-observed"] {
      #expect(junit.contains(#"name="status-waba-\#(name).json""#))
    }
    #expect(junit.contains(#"<failure message="the endpoint answered HTTP 500" type="http"/>"#))
    #expect(run.stdout.contains("status-waba-failed-to-phone.json: the endpoint answered HTTP 500"))
    #expect(run.stderr.contains("3 webhook bodies were not accepted"))
  }

  @Test("a wrong secret: the endpoint refuses every signature, exit 1")
  func wrongSecret() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try replay(in: folder, sending: "not-the-app-secret")
    let junit = run.junit
    #expect(run.status == 1)
    #expect(run.requests == Array(repeating: "invalid", count: 15))
    #expect(junit.contains(#"tests="15" failures="15""#))
    #expect(junit.contains("HTTP 401"))
  }

  @Test("a dead port: every case fails as a refused connection, exit 1")
  func deadPort() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try replay(in: folder, dead: true)
    let junit = run.junit
    #expect(run.status == 1)
    #expect(junit.contains(#"tests="15" failures="15""#))
    #expect(junit.contains(#"type="transport""#))
    #expect(run.stdout.contains("connection refused"), "\(run.stdout)")
  }

  @Test("--post without its secret is a usage error, and nothing is sent")
  func missingSecret() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let noOption = try BinaryRunner.run([
      "fixtures", "Examples/minimal.yaml", "--out", out, "--post", "http://127.0.0.1:9/",
    ])
    #expect(noOption.status == 64)
    #expect(noOption.stderr.contains("--secret-env"))
    let unset = try BinaryRunner.run(
      [
        "fixtures", "Examples/minimal.yaml", "--out", out, "--post", "http://127.0.0.1:9/",
        "--secret-env", "NO_SUCH_SECRET_VAR",
      ])
    #expect(unset.status == 64)
    #expect(unset.stderr.contains("NO_SUCH_SECRET_VAR is not set"))
  }

  @Test("an unset or empty --secret-env variable exits 64 before any fixture is written")
  func secretCheckedFirst() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    for environment in [[:], ["EMPTY_SECRET_VAR": ""]] {
      let run = try BinaryRunner.run(
        [
          "fixtures", "Examples/minimal.yaml", "--out", out.path, "--post", "http://127.0.0.1:9/",
          "--secret-env", environment.isEmpty ? "NO_SUCH_SECRET_VAR" : "EMPTY_SECRET_VAR",
        ], environment: environment)
      #expect(run.status == 64, "\(run.stderr)")
      #expect(run.stderr.contains("is not set or empty"), "\(run.stderr)")
      #expect(
        !FileManager.default.fileExists(atPath: out.path), "fixtures written before the check")
    }
  }

  /// The JUnit file is well-formed XML.
  func xmllint(_ file: URL) throws -> Bool {
    try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])",
        file.path,
      ]
    ).status == 0
  }
}
