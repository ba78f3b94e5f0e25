import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedMessage } from "../../../lib/stock"
import { feedAvailable } from "../feed-available"

export const postStockAlertMessagesStepId = "oms-post-stock-alert-messages"

/** Notifications per call to Medusa's notification module. */
export const NOTIFICATIONS_PER_CALL = 100

/** Medusa's notification rows carry the key; its DTO type leaves it out. */
type Keyed = { id: string; idempotency_key?: string | null }

// Only this process's log: without a feed provider the same warning would come every run.
let warnedNoFeed = false

export interface PostedStockAlerts {
  feed_available: boolean
  /** Notifications this run created. */
  posted: number
  /** By idempotency key: the feed notification announcing it (null when the feed could not take it). */
  notification_ids: Record<string, string | null>
}

/**
 * Medusa's refusal of a channel without a provider: a NOT_FOUND MedusaError per notification,
 * which 2.21.2 hands on folded into a plain Error of their messages (promiseAll aggregateErrors).
 */
const isNoFeedProvider = (error: unknown) =>
  (error as MedusaError).type === MedusaError.Types.NOT_FOUND ||
  /Could not find a notification provider for channel: feed|Notification provider \S+ is not enabled/.test((error as Error)?.message ?? "")

function warnNoFeedOnce(container: { resolve: (key: string) => any }, why: string) {
  if (warnedNoFeed) return
  warnedNoFeed = true
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`medusa-oms: stock alerts are not posted to the admin's notifications (${why}); the stock-health page still lists them`)
}

/**
 * Posts each message to the admin's notification feed under its idempotency key (one per
 * occurrence), so a repeated run cannot post it twice: Medusa skips a key it already sent, and a
 * key posted before is looked up rather than posted again. A host with no feed provider gets a
 * single warning per process and the alerts are recorded without a notification.
 * Nothing to compensate: a posted notification cannot be unposted.
 */
export const postStockAlertMessagesStep = createStep(
  postStockAlertMessagesStepId,
  async (input: { messages: PlannedMessage[] }, { container }) => {
    const ids: Record<string, string | null> = Object.fromEntries(input.messages.map((m) => [m.idempotency_key, null]))
    if (!input.messages.length) return new StepResponse<PostedStockAlerts>({ feed_available: true, posted: 0, notification_ids: ids })
    if (!(await feedAvailable(container))) {
      warnNoFeedOnce(container, "this store has no notification provider for the feed channel")
      return new StepResponse<PostedStockAlerts>({ feed_available: false, posted: 0, notification_ids: ids })
    }
    const notifications = container.resolve(Modules.NOTIFICATION)
    let posted = 0
    for (let i = 0; i < input.messages.length; i += NOTIFICATIONS_PER_CALL) {
      const chunk = input.messages.slice(i, i + NOTIFICATIONS_PER_CALL)
      try {
        const created = await notifications.createNotifications(
          chunk.map((m) => ({ to: "", channel: "feed", template: "admin-ui", data: { ...m.text }, idempotency_key: m.idempotency_key }))
        )
        posted += created.length
        for (const n of created as Keyed[]) if (n.idempotency_key) ids[n.idempotency_key] = n.id
      } catch (error) {
        if (!isNoFeedProvider(error)) throw error
        warnNoFeedOnce(container, (error as Error).message)
        return new StepResponse<PostedStockAlerts>({ feed_available: false, posted, notification_ids: ids })
      }
      const missing = chunk.map((m) => m.idempotency_key).filter((k) => !ids[k])
      if (missing.length) {
        // posted by an earlier run that stopped before recording its alerts
        const earlier = await notifications.listNotifications({ idempotency_key: missing, status: "success" } as never, { select: ["id", "idempotency_key"], take: null })
        for (const n of earlier as Keyed[]) if (n.idempotency_key) ids[n.idempotency_key] = n.id
      }
    }
    return new StepResponse<PostedStockAlerts>({ feed_available: true, posted, notification_ids: ids })
  }
)
