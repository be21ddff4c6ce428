import ArgumentParser
import Foundation
import ReadinessWebhooks

/// `--post URL --secret-env NAME`: replay the fixtures against a webhook endpoint.
struct ReplayOptions: ParsableArguments {
  /// The accepted `--concurrency` values.
  static let concurrencyRange = 1...64
  /// The accepted `--timeout` values, in seconds.
  static let timeoutRange = 0.1...600.0

  @Option(
    help: ArgumentHelp(
      "Webhook endpoint to post every body to, signed; credentials in it are never printed.",
      valueName: "url"))
  var post: String?

  @Option(
    name: .customLong("secret-env"),
    help: ArgumentHelp(
      "Environment variable holding the app secret that signs the bodies.", valueName: "name"))
  var secretEnv: String?

  @Option(help: "Bodies in flight at once, 1 to 64.")
  var concurrency: Int = 4

  @Option(
    help: ArgumentHelp(
      "Seconds each body's whole exchange may take, its answer included: 0.1 to 600.",
      valueName: "seconds"))
  var timeout: Double = 10

  @Option(
    help: ArgumentHelp(
      "Where the endpoint names the identity it routed each body to, header:NAME or json:PATH;"
        + " a 2xx whose identity is missing or not one of the body's user ids fails that body.",
      valueName: "source"))
  var expectRoute: String?

  func validate() throws {
    if let expectRoute {
      guard post != nil else { throw ValidationError("--expect-route is only used with --post") }
      guard RouteAcknowledgement(expectRoute) != nil else {
        throw ValidationError(
          "--expect-route must be header:NAME or json:PATH (for example header:X-Routed-To or"
            + " json:route.user), not '\(expectRoute)'")
      }
    }
    guard Self.concurrencyRange.contains(concurrency) else {
      throw ValidationError("--concurrency must be 1 to 64, not \(concurrency)")
    }
    guard Self.timeoutRange.contains(timeout) else {
      throw ValidationError("--timeout must be 0.1 to 600 seconds, not \(timeout)")
    }
    guard let post else {
      if secretEnv != nil { throw ValidationError("--secret-env is only used with --post") }
      return
    }
    guard let url = URL(string: post), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
      url.host != nil
    else {
      throw ValidationError(
        "--post needs an http:// or https:// URL, not '\(Redaction.redacted(post))'")
    }
    guard secretEnv != nil else {
      throw ValidationError("--post needs --secret-env NAME: the variable holding your app secret")
    }
  }

  /// The app secret from the variable `--secret-env` names; a usage error when it is unset or
  /// empty, checked before anything is written.
  func secret() throws(CLIError) -> Data {
    guard let secretEnv, let secret = ProcessInfo.processInfo.environment[secretEnv],
      !secret.isEmpty
    else {
      throw CLIError(
        .usage, "the environment variable \(secretEnv ?? "") is not set or empty",
        hint: "export the app secret (App Dashboard → App settings → Basic) in it before running")
    }
    return Data(secret.utf8)
  }
}
