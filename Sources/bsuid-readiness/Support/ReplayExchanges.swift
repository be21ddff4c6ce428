import Foundation
import ReadinessWebhooks

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The replay session's delegate: each exchange keeps at most `answerLimit` bytes of the
/// endpoint's answer and is cancelled once it has them, never follows a redirect, and is
/// cancelled when it has not ended `timeout` seconds after it started, however slowly the answer
/// trickles in. Each ends with one `ReplayResult` passed to `finished`.
final class ReplayExchanges: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  private struct Exchange {
    var index: Int
    var file: String
    var kind: String
    var started: Date
    var answer = Data()
    var redirect: String?
    /// Whether the replay cancelled it, having kept enough of the answer.
    var answerRead = false
  }

  private let lock = NSLock()
  private var exchanges: [Int: Exchange] = [:]
  private let answerLimit: Int
  private let timeout: Double
  private let finished: @Sendable (Int, ReplayResult) -> Void

  init(answerLimit: Int, timeout: Double, finished: @escaping @Sendable (Int, ReplayResult) -> Void)
  {
    self.answerLimit = answerLimit
    self.timeout = timeout
    self.finished = finished
  }

  /// Starts `task`, the exchange for body `index`, and its deadline.
  func start(_ task: URLSessionDataTask, index: Int, file: String, kind: String) {
    lock.withLock {
      exchanges[task.taskIdentifier] = Exchange(
        index: index, file: file, kind: kind, started: Date())
    }
    task.resume()
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
      expire(task)
    }
  }

  /// At the deadline, an exchange still going fails as a timeout at once, whenever the session
  /// gets round to completing the cancelled task.
  private func expire(_ task: URLSessionTask) {
    guard let exchange = lock.withLock({ exchanges.removeValue(forKey: task.taskIdentifier) })
    else { return }
    DispatchQueue.global().async { task.cancel() }
    let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
    finished(
      exchange.index,
      ReplayResult(
        file: exchange.file, kind: exchange.kind, httpStatus: nil,
        error: "no complete answer within the timeout (\(seconds) s)",
        seconds: Date().timeIntervalSince(exchange.started)))
  }

  /// Cancels `task` once `answerLimit` bytes of its answer are kept, unless it has ended.
  private func stopReading(_ task: URLSessionTask) {
    let cancel = lock.withLock {
      guard exchanges[task.taskIdentifier] != nil, !exchanges[task.taskIdentifier]!.answerRead
      else { return false }
      exchanges[task.taskIdentifier]?.answerRead = true
      return true
    }
    // Off the delegate queue: cancel() waits for the session's busy work queue, and answers
    // would pile up on the stalled delegate queue meanwhile.
    if cancel { DispatchQueue.global().async { task.cancel() } }
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let full = lock.withLock {
      guard var exchange = exchanges[dataTask.taskIdentifier], !exchange.answerRead else {
        return false
      }
      exchange.answer.append(data.prefix(answerLimit - exchange.answer.count))
      exchanges[dataTask.taskIdentifier] = exchange
      return exchange.answer.count >= answerLimit
    }
    if full { stopReading(dataTask) }
  }

  /// Never follows a redirect: the 3xx answer ends the exchange, and where it pointed is kept.
  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    lock.withLock { exchanges[task.taskIdentifier]?.redirect = request.url?.absoluteString }
    completionHandler(nil)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    guard let exchange = lock.withLock({ exchanges.removeValue(forKey: task.taskIdentifier) })
    else { return }
    let response = task.response as? HTTPURLResponse
    var status = response?.statusCode
    var failure: String?
    if let error, !exchange.answerRead {
      status = nil
      failure = WebhookReplay.describe(error)
    }
    let redirect =
      status.map { (300..<400).contains($0) } == true
      ? exchange.redirect ?? response?.value(forHTTPHeaderField: "Location") : nil
    finished(
      exchange.index,
      ReplayResult(
        file: exchange.file, kind: exchange.kind, httpStatus: status, error: failure,
        seconds: Date().timeIntervalSince(exchange.started), redirect: redirect,
        answer: String(decoding: exchange.answer, as: UTF8.self)))
  }
}
