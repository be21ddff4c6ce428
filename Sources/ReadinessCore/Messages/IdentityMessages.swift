/// Why a flow works or breaks for username users, and the links that carry its messages
/// (`IdentityMatrix`, `FlowChain`).
enum IdentityMessages {
  static let outbound = MessageKey(
    "identity.outbound", "outbound: templates and messages still go to phone numbers")
  static let authBSUID = MessageKey(
    "identity.auth.bsuid",
    "sends authentication templates to the BSUID, which cannot receive them (error 131062)")
  static let authValidated = MessageKey(
    "identity.auth.validatedRequest",
    "asks for the phone number with a validated request and sends the code to it")
  static let authFallback = MessageKey(
    "identity.auth.fallback",
    "falls back to the BSUID, which cannot receive authentication templates (error 131062)")
  static let authPhone = MessageKey(
    "identity.auth.phone", "outbound: authentication templates still go to phone numbers")
  static let needsPhone = MessageKey(
    "identity.keysOnBSUID.needsPhone",
    "keys on the BSUID but needs a phone with no validated request")
  static let keysOnBSUID = MessageKey("identity.keysOnBSUID", "keys on the BSUID")
  static let phoneAbsent = MessageKey(
    "identity.phoneAbsent",
    "keys on the phone number, absent in S-C: conversations are lost silently")
  static let notAudited = MessageKey("identity.notAudited", "primary_identifier not audited")
  static let asksValidated = MessageKey(
    "identity.asksValidated", "asks the user for the phone number with a validated request")
  static let looksUpByPhone = MessageKey(
    "identity.looksUpByPhone", "looks up by phone number with no validated phone request")

  static let systemDrops = MessageKey(
    "identity.link.systemDrops", "system '{system}' drops payloads without a phone number")
  static let fixSystemDrops = MessageKey(
    "identity.fix.systemDrops", "make '{system}' accept webhook payloads without a phone number")
  static let systemUnassessed = MessageKey(
    "identity.link.systemUnassessed",
    "system '{system}' consumes webhooks; handles_missing_phone not assessed")
  static let fixSystemUnassessed = MessageKey(
    "identity.fix.systemUnassessed",
    "check whether '{system}' accepts webhook payloads without a phone number")
  static let bspDrops = MessageKey(
    "identity.link.bspDrops",
    "the BSP ({bsp}, WABA {waba}) drops phone-less messages until BSUID pass-through is on")
  static let fixBSPDrops = MessageKey(
    "identity.fix.bspDrops", "have {bsp} turn on BSUID pass-through for WABA {waba}")
  static let bspUnassessed = MessageKey(
    "identity.link.bspUnassessed", "the BSP ({bsp}, WABA {waba}): bsp_bsuid_enabled not assessed")
  static let fixBSPUnassessed = MessageKey(
    "identity.fix.bspUnassessed", "ask {bsp} whether BSUID pass-through is on for WABA {waba}")

  static let all: [MessageKey] = [
    outbound, authBSUID, authValidated, authFallback, authPhone, needsPhone, keysOnBSUID,
    phoneAbsent, notAudited, asksValidated, looksUpByPhone, systemDrops, fixSystemDrops,
    systemUnassessed, fixSystemUnassessed, bspDrops, fixBSPDrops, bspUnassessed, fixBSPUnassessed,
  ]
}
