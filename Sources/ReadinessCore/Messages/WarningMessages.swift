/// The warnings on a valid inventory (`InventoryWarnings`, `ObservedWarnings`,
/// `TimelineWarnings`): likely gaps, a stale or empty measurement, statuses ahead of Meta's dates.
enum WarningMessages {
  static let ctwaWithoutConversations = MessageKey(
    "diagnostic.ctwaWithoutConversations",
    "click-to-WhatsApp flow '{flow}' has no monthly_conversations")
  static let ctwaWithoutConversationsHint = MessageKey(
    "diagnostic.ctwaWithoutConversations.hint",
    "add monthly_conversations so the report can size the Operational Silence exposure")
  /// The rules a handle breaks, each as "it {problem}", joined by semicolons.
  static let usernameFormat = MessageKey(
    "diagnostic.usernameFormat", "username '{handle}' breaks Meta's handle rules: {problems}")
  static let usernameFormatProblem = MessageKey("diagnostic.usernameFormat.problem", "it {problem}")
  static let usernameFormatHint = MessageKey(
    "diagnostic.usernameFormat.hint",
    "a handle is 3–35 characters of letters a–z (any case), 0–9, '.' and '_', with at least one"
      + " letter")
  static let flowWithoutWABA = MessageKey(
    "diagnostic.flowWithoutWABA",
    one:
      "flow '{flow}' names no waba, and the programme has {count} WABAs: its BSP is not assessed",
    other:
      "flow '{flow}' names no waba, and the programme has {count} WABAs: its BSP is not assessed")
  static let flowWithoutWABAHint = MessageKey(
    "diagnostic.flowWithoutWABA.hint",
    "add 'waba:' with the id of the WABA that receives it ({wabas})")

  static let observedEmpty = MessageKey(
    "diagnostic.observedEmpty",
    "the observed adoption file '{file}' counted no incoming message: the report shows no"
      + " observed scenario")
  static let observedEmptyHint = MessageKey(
    "diagnostic.observedEmpty.hint",
    "run `bsuid-readiness measure` on logs that hold incoming messages")
  static let observedAfterAsOf = MessageKey(
    "diagnostic.observedAfterAsOf",
    "the observed adoption is measured to {measuredTo}, after the as-of date {asOf}")
  static let observedAfterAsOfHint = MessageKey(
    "diagnostic.observedAfterAsOf.hint",
    "the report is read at {asOf}: check programme.as_of or --as-of, or measure logs up to that day"
  )
  static let observedStale = MessageKey(
    "diagnostic.observedStale",
    "the observed adoption is a stale measurement: measured to {measuredTo}, more than 8 weeks"
      + " before the as-of date {asOf}")
  static let observedStaleHint = MessageKey(
    "diagnostic.observedStale.hint",
    "run `bsuid-readiness measure` on recent webhook logs and write observed.yaml again")

  static let statusBeforeMetaDate = MessageKey(
    "diagnostic.statusBeforeMetaDate",
    "{claim} as of {asOf}, but {opens} only from {date} (milestone '{milestone}')")
  static let statusBeforeMetaDateHint = MessageKey(
    "diagnostic.statusBeforeMetaDate.hint",
    "check the status: planned work is not done yet; if Meta's date has moved, give '{milestone}'"
      + " its new date in programme.milestones")
  static let claimUsername = MessageKey(
    "diagnostic.statusBeforeMetaDate.username", "username '{handle}' is {status}")
  static let claimNativeFlow = MessageKey(
    "diagnostic.statusBeforeMetaDate.nativeFlow",
    "flow '{flow}' has a validated native_flow phone request")
  static let claimE2E = MessageKey(
    "diagnostic.statusBeforeMetaDate.e2e", "flow '{flow}' is e2e_tested")
  static let claimSendToBSUID = MessageKey(
    "diagnostic.statusBeforeMetaDate.sendToBSUID",
    "system '{system}' sends BSUIDs in 'recipient' and is done")
  static let opensClaims = MessageKey(
    "diagnostic.statusBeforeMetaDate.opensClaims", "Meta accepts business username claims")
  static let opensPhoneRequest = MessageKey(
    "diagnostic.statusBeforeMetaDate.opensPhoneRequest",
    "Meta offers the native phone-number request (REQUEST_CONTACT_INFO)")
  static let opensWebhooks = MessageKey(
    "diagnostic.statusBeforeMetaDate.opensWebhooks", "webhooks carry BSUIDs")
  static let opensSendToBSUID = MessageKey(
    "diagnostic.statusBeforeMetaDate.opensSendToBSUID", "Meta accepts messages sent to a BSUID")

  static let all: [MessageKey] = [
    ctwaWithoutConversations, ctwaWithoutConversationsHint, usernameFormat, usernameFormatProblem,
    usernameFormatHint, flowWithoutWABA, flowWithoutWABAHint, observedEmpty, observedEmptyHint,
    observedAfterAsOf, observedAfterAsOfHint, observedStale, observedStaleHint,
    statusBeforeMetaDate, statusBeforeMetaDateHint, claimUsername, claimNativeFlow, claimE2E,
    claimSendToBSUID, opensClaims, opensPhoneRequest, opensWebhooks, opensSendToBSUID,
  ]
}
