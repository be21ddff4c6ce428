import Crypto
import Foundation
import ReadinessWebhooks

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Posts webhook bodies to an endpoint signed as Meta signs them, a few at a time.
struct WebhookReplay {
  var endpoint: URL
  var secret: Data
  var concurrency: Int
  var timeout: Double

  /// `sha256=` and the hex HMAC-SHA256 of the exact body bytes with the app secret: Meta's
  /// `X-Hub-Signature-256` header.
  static func signature(of body: Data, secret: Data) -> String {
    let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret))
    return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
  }

  /// Bytes of each answer read, enough for the failure message; the rest is never read.
  static let answerLimit = 4_096

  /// Sends every body (`kind` names its JUnit class) and returns the results in input order;
  /// `progress` is called after each answer with the count done and failed so far. Each
  /// exchange, the answer included, ends within `timeout` seconds; redirects are not followed.
  func replay(
    _ bodies: [(file: String, kind: String, bytes: Data)],
    progress: @escaping @Sendable (Int, Int) -> Void
  ) -> [ReplayResult] {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    configuration.httpMaximumConnectionsPerHost = concurrency
    let slots = DispatchSemaphore(value: concurrency)
    let group = DispatchGroup()
    let collected = Results(count: bodies.count)
    let exchanges = ReplayExchanges(answerLimit: Self.answerLimit, timeout: timeout) {
      index, result in
      let (done, failed) = collected.store(result, at: index)
      progress(done, failed)
      slots.signal()
      group.leave()
    }
    let session = URLSession(configuration: configuration, delegate: exchanges, delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }
    for (index, body) in bodies.enumerated() {
      slots.wait()
      group.enter()
      exchanges.start(
        session.dataTask(with: request(for: body.bytes)), index: index, file: body.file,
        kind: body.kind)
    }
    group.wait()
    return collected.all
  }

  /// The signed POST of one body.
  private func request(for body: Data) -> URLRequest {
    var request = URLRequest(url: endpoint, timeoutInterval: timeout)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.setValue(
      Self.signature(of: body, secret: secret), forHTTPHeaderField: "X-Hub-Signature-256")
    request.setValue(
      "bsuid-readiness/\(BSUIDReadiness.version) (webhook replay)", forHTTPHeaderField: "User-Agent"
    )
    return request
  }

  /// A transport error in words: timeout and refused connections named as such.
  static func describe(_ error: Error) -> String {
    switch (error as? URLError)?.code {
    case .timedOut?: "no answer within the timeout"
    case .cannotConnectToHost?: "connection refused"
    default: error.localizedDescription
    }
  }

  /// Results filled in from the session's callbacks, under a lock.
  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ReplayResult?]
    private var done = 0
    private var failed = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: ReplayResult, at index: Int) -> (Int, Int) {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = result
      done += 1
      if !result.passed { failed += 1 }
      return (done, failed)
    }

    var all: [ReplayResult] {
      lock.lock()
      defer { lock.unlock() }
      return slots.compactMap { $0 }
    }
  }
}
