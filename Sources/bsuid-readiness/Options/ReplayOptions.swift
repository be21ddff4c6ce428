import ArgumentParser
import Foundation

/// `--post URL --secret-env NAME`: replay the fixtures against a webhook endpoint.
struct ReplayOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Webhook endpoint to post every body to, signed.", valueName: "url"))
  var post: String?

  @Option(
    name: .customLong("secret-env"),
    help: ArgumentHelp(
      "Environment variable holding the app secret that signs the bodies.", valueName: "name"))
  var secretEnv: String?

  @Option(help: "Bodies in flight at once.")
  var concurrency: Int = 4

  @Option(help: ArgumentHelp("Seconds to wait for each answer.", valueName: "seconds"))
  var timeout: Double = 10

  func validate() throws {
    guard let post else {
      if secretEnv != nil { throw ValidationError("--secret-env is only used with --post") }
      return
    }
    guard let url = URL(string: post), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
      url.host != nil
    else { throw ValidationError("--post needs an http:// or https:// URL, not '\(post)'") }
    guard secretEnv != nil else {
      throw ValidationError("--post needs --secret-env NAME: the variable holding your app secret")
    }
    guard (1...64).contains(concurrency) else {
      throw ValidationError("--concurrency must be 1 to 64")
    }
    guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
  }
}
