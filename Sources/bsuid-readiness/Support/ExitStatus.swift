import ArgumentParser

/// The single map from outcomes to exit codes (sysexits, SPEC §8). 0 (success) and 64 (usage)
/// come from ArgumentParser itself.
enum ExitStatus {
  static let invalidInventory = ExitCode(65)
  static let inputMissing = ExitCode(66)
  static let cannotCreateOutput = ExitCode(73)
  static let ioError = ExitCode(74)
  /// A generated file failed its own checks (EX_SOFTWARE): a bug in the tool, nothing written.
  static let internalError = ExitCode(70)
}
