/// The two snapshots `diff --history` compares: the programme's of `from` and of `to`.
public struct SnapshotPair: Sendable, Equatable {
  public var programme: String
  public var old: Snapshot
  public var new: Snapshot

  /// Why the pair cannot be read; the CLI words each.
  public enum Problem: Error, Equatable {
    /// The programme asked for has no snapshot; `available` are the programmes that do.
    case unknownProgramme(String, available: [String])
    /// None was asked for and the source holds none.
    case empty
    /// None was asked for and the source holds several.
    case severalProgrammes([String])
    /// No snapshot of `day`; `available` are the programme's days, oldest first.
    case noSnapshot(programme: String, day: Day, available: [Day])
  }

  /// The snapshots of `from` and `to` of `programme`, or of the only programme when none is
  /// named.
  public static func read<Source: SnapshotSource>(
    from source: Source, programme asked: String?, from: Day, to: Day
  ) throws(Source.Failure) -> Result<SnapshotPair, Problem> {
    let all = try source.programmes()
    let programme: String
    if let asked {
      guard all.contains(asked) else { return .failure(.unknownProgramme(asked, available: all)) }
      programme = asked
    } else {
      guard all.count == 1 else { return .failure(all.isEmpty ? .empty : .severalProgrammes(all)) }
      programme = all[0]
    }
    var snapshots: [Snapshot] = []
    for day in [from, to] {
      guard let snapshot = try source.snapshot(of: programme, at: day) else {
        let days = try source.trend(of: programme).map(\.asOf)
        return .failure(.noSnapshot(programme: programme, day: day, available: days))
      }
      snapshots.append(snapshot)
    }
    return .success(SnapshotPair(programme: programme, old: snapshots[0], new: snapshots[1]))
  }
}
