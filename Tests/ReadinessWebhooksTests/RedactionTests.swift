import Testing

@testable import ReadinessWebhooks

/// Credentials in a URL never reach the terminal or the JUnit file.
struct RedactionTests {
  @Test func userInfoIsRedactedWhereverAURLIs() {
    #expect(
      Redaction.redacted("http://alice:TOKEN@127.0.0.1:8080/hook?x=a@b")
        == "http://***@127.0.0.1:8080/hook?x=a@b")
    #expect(Redaction.redacted("https://TOKEN@h/") == "https://***@h/")
    #expect(Redaction.redacted("to https://a:p@ss@h/x, then") == "to https://***@h/x, then")
    #expect(
      Redaction.redacted("mailto:a@b.c and https://h/p@x") == "mailto:a@b.c and https://h/p@x")
  }

  @Test func resultsAndReportsRedactTheirURLs() {
    let result = ReplayResult(
      file: "f.json", kind: "message", httpStatus: 307, error: nil, seconds: 0,
      redirect: "https://bob:PASS@elsewhere/")
    #expect(!result.failure!.contains("PASS"))
    let junit = ReplayReport.junit([result], endpoint: "https://alice:TOKEN@h/")
    #expect(!junit.contains("TOKEN") && !junit.contains("PASS") && junit.contains("https://***@h/"))
  }
}
