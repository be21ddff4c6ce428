/// Computes an `Assessment` from an inventory (SPEC §4 and §5).
public enum Assessor {
  /// Assesses `inventory` at `asOf`; throws `InvalidInventory` for input errors only a
  /// schedule reveals (a given start earlier than its dependencies allow).
  public static func assess(_ inventory: Inventory, asOf: Day) throws(InvalidInventory) -> Assessment {
    // TODO(engine helper): replaced by the real engine.
    throw InvalidInventory([])
  }
}
