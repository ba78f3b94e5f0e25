import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BREAK_TITLES, breakFingerprint, type InvariantBreak } from "../../../lib/invariants"

export const postBreakNotificationsStepId = "oms-post-break-notifications"

// Only this process's log: a store without a feed would otherwise log the same warning every run.
let warnedNoFeed = false

/** One notification per break and figures: Medusa's notification module skips a key it already sent. */
export const breakIdempotencyKey = (b: InvariantBreak) => `oms-health:${breakFingerprint(b)}`

/**
 * Posts each break to the admin's notification feed (the bell), once: the idempotency key is the
 * break with its figures, so a break that stays as it is is not posted again on the next run.
 * A store without a feed provider (a host that replaced Medusa's default notification providers)
 * makes Medusa throw NOT_FOUND: logged once per process, the report itself is unaffected.
 * Nothing to compensate: a sent notification cannot be unsent, and this is the last step.
 */
export const postBreakNotificationsStep = createStep(
  postBreakNotificationsStepId,
  async (input: { breaks: InvariantBreak[] }, { container }) => {
    if (!input.breaks.length) return new StepResponse({ posted: 0, failed: false })
    const notifications = container.resolve(Modules.NOTIFICATION)
    try {
      const created = await notifications.createNotifications(
        input.breaks.map((b) => ({
          to: "",
          channel: "feed",
          template: "admin-ui",
          data: { title: BREAK_TITLES[b.kind], description: b.message },
          idempotency_key: breakIdempotencyKey(b),
        }))
      )
      return new StepResponse({ posted: created.length, failed: false })
    } catch (error) {
      if (!warnedNoFeed) {
        warnedNoFeed = true
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`medusa-oms: could not post stock check findings to the admin feed (${(error as Error).message}); GET /admin/oms/health still lists them`)
      }
      return new StepResponse({ posted: 0, failed: true })
    }
  }
)
