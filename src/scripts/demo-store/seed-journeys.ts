import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  dismissItemReturnRequestWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { answerFeedbackLinkWorkflow, requestDeliveryFeedbackWorkflow } from "../../workflows/feedback"
import { recordFulfillmentEventWorkflow } from "../../workflows/record-fulfillment-event"
import { recordReturnLinesWorkflow, seedReturnReasonsWorkflow } from "../../workflows/returns"
import { demoReturnWords } from "../demo-data/return-words"

const HOUR = 3_600_000
const DAY = 24 * HOUR
const STAFF = { pickers: ["Budi", "Sari", "Agus"], packers: ["Dewi", "Rudi"] }
/** Carton price of the demo's medium box (IDR), the one most demo parcels use. */
const PARCEL_COST = 3500
/** Share of the delivered orders that come back. */
const RETURN_SHARE = 0.1
/** Orders fulfilled at once (each its own chain of Medusa workflows). */
const JOURNEYS_AT_ONCE = 6

interface MadePart {
  shipment_id: string
  fulfillment_id: string
  /** Where the OMS must have it once its subscribers ran. */
  stage: "shipped" | "delivered"
  times: { waved_at: Date; picked_at: Date; packed_at: Date; shipped_at: Date; delivered_at: Date | null; stage_changed_at: Date }
  picked_by: string
  packed_by: string
}

/** Same order id, same draws: a second run decides the same way. */
function draws(seedText: string) {
  let a = 2166136261
  for (const c of seedText) a = Math.imul(a ^ c.charCodeAt(0), 16777619) >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface JourneyStats {
  delivered: number
  shipped: number
  late: number
  returns: number
  ratings: number
  failed: number
}

/**
 * The demo's past: most orders placed at least two days ago were fulfilled at their centre
 * through Medusa's own fulfilment, shipment and delivery workflows (as a merchant who packed in
 * Medusa's admin before the bench would have), the OMS recording each event through its own
 * subscribers (the seed waits for them, then records only what they missed); their journey
 * times are then moved to the past through the OMS service, like the routing times (some left
 * after their cut-off). About 1 in 10 delivered orders comes back through Medusa's return
 * flow with the plugin's default reasons (some units damaged), and about 40 % of the delivered
 * shipments get a rating through the emailed link. Runs before the bins are filled, so the bin
 * counts match what is left in stock. A second run finds nothing left to do.
 */
export async function seedJourneyHistory(container: MedusaContainer, now = new Date()): Promise<JourneyStats> {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stats: JourneyStats = { delivered: 0, shipped: 0, late: 0, returns: 0, ratings: 0, failed: 0 }
  const { result: seeded } = await seedReturnReasonsWorkflow(container).run({ input: { locale: "id" } })
  if (seeded.created) logger.info(`[seed-demo] ${seeded.created} default return reasons added`)

  const open = await oms.listShipments({ stage: "routed" }, { take: null })
  const byOrder = new Map<string, typeof open>()
  for (const s of open) if (s.placed_at && s.stock_location_id) byOrder.set(s.order_id, [...(byOrder.get(s.order_id) ?? []), s])
  const candidates = [...byOrder].filter(([, parts]) => now.getTime() - (parts[0].placed_at as Date).getTime() >= 2 * DAY)
  const delivered: { order_id: string; location_id: string; line: { line_item_id: string; quantity: number }; fulfillment_ids: string[]; roll: () => number }[] = []
  const failures: string[] = []

  const made: MadePart[] = []
  for (let i = 0; i < candidates.length; i += JOURNEYS_AT_ONCE) {
    await Promise.all(
      candidates.slice(i, i + JOURNEYS_AT_ONCE).map(async ([orderId, parts]) => {
        try {
          await fulfilOrder(orderId, parts)
        } catch (error) {
          failures.push(`order ${orderId}: ${(error as Error).message}`)
        }
      })
    )
  }

  /**
   * Medusa's fulfilment, shipment and delivery of each part; the OMS records them through its
   * subscribers (pack, ship, deliver), as it would for a merchant working in Medusa's admin.
   */
  async function fulfilOrder(orderId: string, parts: typeof open) {
    const roll = draws(orderId)
    if (roll() >= 0.9) return // still waiting at the centre
    // only orders routed whole (no back-ordered part) leave: the rest wait for stock
    const all = await oms.listShipments({ order_id: orderId }, { select: ["stage"] })
    if (all.some((s) => s.stage === "backordered")) return
    const placedAt = parts[0].placed_at as Date
    const fulfillmentIds: string[] = []
    for (const part of parts) {
      const items = (part.lines ?? []).map((l) => ({ id: l.line_item_id, quantity: l.quantity }))
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
        input: { order_id: orderId, location_id: part.stock_location_id!, items, created_by: "demo" } as never,
      })
      await createOrderShipmentWorkflow(container).run({
        input: { order_id: orderId, fulfillment_id: fulfillment.id, items, labels: [{ tracking_number: `JNE${orderId.slice(-8)}`, tracking_url: "", label_url: "" }] },
      })
      // a late one in eight leaves after its next working day
      const late = roll() < 0.12
      const pickedAt = placedAt.getTime() + (late ? 30 + roll() * 20 : 1 + roll() * 5) * HOUR
      const packedAt = pickedAt + (0.2 + roll()) * HOUR
      const shippedAt = packedAt + (0.5 + roll() * 3) * HOUR
      const deliveredAt = shippedAt + (1 + roll() * 4) * DAY
      const isDelivered = deliveredAt < now.getTime()
      if (isDelivered) {
        await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: fulfillment.id } })
      }
      const at = (ms: number) => new Date(Math.min(ms, now.getTime()))
      made.push({
        shipment_id: part.id,
        fulfillment_id: fulfillment.id,
        stage: isDelivered ? "delivered" : "shipped",
        times: {
          waved_at: at(pickedAt - 0.5 * HOUR),
          picked_at: at(pickedAt),
          packed_at: at(packedAt),
          shipped_at: at(shippedAt),
          delivered_at: isDelivered ? at(deliveredAt) : null,
          stage_changed_at: at(isDelivered ? deliveredAt : shippedAt),
        },
        picked_by: STAFF.pickers[Math.floor(roll() * STAFF.pickers.length)],
        packed_by: STAFF.packers[Math.floor(roll() * STAFF.packers.length)],
      })
      if (late) stats.late++
      if (isDelivered) {
        stats.delivered++
        fulfillmentIds.push(fulfillment.id)
      } else stats.shipped++
    }
    if (fulfillmentIds.length === parts.length) {
      delivered.push({ order_id: orderId, location_id: parts[0].stock_location_id!, line: parts[0].lines[0], fulfillment_ids: fulfillmentIds, roll })
    }
  }

  // once the subscribers have recorded each part, its journey is moved to the past
  await recordedBySubscribers(made)
  for (let i = 0; i < made.length; i += 100) {
    const chunk = made.slice(i, i + 100)
    await oms.updateShipments(chunk.map((m) => ({ id: m.shipment_id, ...m.times, picked_by: m.picked_by, packed_by: m.packed_by, parcels: 1, cost: PARCEL_COST })) as never)
    const events = await oms.listOrderEvents({ shipment_id: chunk.map((m) => m.shipment_id), stage: ["packed", "shipped", "delivered"] }, { select: ["id", "stage", "shipment_id"], take: null })
    const timeOf = (e: { stage: string; shipment_id: string | null }) => {
      const t = chunk.find((m) => m.shipment_id === e.shipment_id)!.times
      return e.stage === "packed" ? t.packed_at : e.stage === "shipped" ? t.shipped_at : t.delivered_at ?? t.shipped_at
    }
    if (events.length) await oms.updateOrderEvents(events.map((e) => ({ id: e.id, at: timeOf(e as never) })) as never)
  }

  /** Waits for the OMS's subscribers to record every part (60 s at most; then records the rest itself, idempotently). */
  async function recordedBySubscribers(parts: MadePart[]) {
    const deadline = Date.now() + 60_000
    let waiting = parts
    while (waiting.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250))
      const rows = await oms.listShipments({ id: waiting.map((p) => p.shipment_id) }, { select: ["id", "stage"], take: null })
      const stageOf = new Map(rows.map((r) => [r.id, r.stage]))
      waiting = waiting.filter((p) => stageOf.get(p.shipment_id) !== p.stage)
    }
    for (const p of waiting) {
      await recordFulfillmentEventWorkflow(container).run({ input: { fulfillment_id: p.fulfillment_id, action: "ship" } })
      if (p.stage === "delivered") await recordFulfillmentEventWorkflow(container).run({ input: { fulfillment_id: p.fulfillment_id, action: "deliver" } })
    }
  }

  const reasons = await container.resolve(Modules.ORDER).listReturnReasons({ value: { $like: "oms_%" } } as never, { select: ["id", "value", "parent_return_reason_id"], take: null })
  const leaves = reasons.filter((r: any) => !reasons.some((c: any) => c.parent_return_reason_id === r.id))
  for (const order of delivered) {
    try {
      if (order.roll() < RETURN_SHARE && leaves.length && order.line) {
        // one roll picks the reason and, from what is left of it, the words: the rest of the history stays as it was
        const pick = order.roll() * leaves.length
        const reason = leaves[Math.floor(pick)]
        await returnSome(container, order, reason.id, order.roll() < 0.3, demoReturnWords(reason.value, pick - Math.floor(pick)))
        stats.returns++
      }
      for (const fulfillmentId of order.fulfillment_ids) {
        if (order.roll() >= 0.4) continue
        await requestDeliveryFeedbackWorkflow(container).run({ input: { fulfillment_id: fulfillmentId } })
        if (await rateFromEmail(container, order.order_id, demoRating(order.roll()))) stats.ratings++
      }
    } catch (error) {
      failures.push(`order ${order.order_id}: ${(error as Error).message}`)
    }
  }
  // every failure is counted and shown; the rest of the history still gets made
  for (const f of failures.slice(0, 5)) logger.warn(`[seed-demo] journey not made for ${f}`)
  stats.failed = failures.length
  return stats
}

/** Mostly happy customers, a few unhappy ones: 5 (50 %), 4 (30 %), 3 (10 %), 2 and 1 (5 % each). */
const demoRating = (r: number) => (r < 0.05 ? 1 : r < 0.1 ? 2 : r < 0.2 ? 3 : r < 0.5 ? 4 : 5)

/** One line of the order back through Medusa's return flow, one unit dismissed as damaged when asked. */
async function returnSome(
  container: MedusaContainer,
  order: { order_id: string; location_id: string; line: { line_item_id: string; quantity: number } },
  reasonId: string,
  damaged: boolean,
  note: string
) {
  const orderId = order.order_id
  const locationId = order.location_id
  const item = { id: order.line.line_item_id }
  const quantity = order.line.quantity
  const { result: begun } = await beginReturnOrderWorkflow(container).run({ input: { order_id: orderId, location_id: locationId } })
  const returnId = (begun as any).return_id
  await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items: [{ id: item.id, quantity, reason_id: reasonId, internal_note: note }] } as never })
  await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } as never })
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } as never })
  const dismissed = damaged && quantity > 0 ? 1 : 0
  if (quantity - dismissed > 0) await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items: [{ id: item.id, quantity: quantity - dismissed }] } as never })
  if (dismissed) await dismissItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items: [{ id: item.id, quantity: dismissed }] } as never })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } as never })
  await recordReturnLinesWorkflow(container).run({ input: { return_id: returnId } })
}

/** The rating a customer gives on the link of the feedback email (read back from the notification). */
async function rateFromEmail(container: MedusaContainer, orderId: string, rating: number): Promise<boolean> {
  const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "email", resource_id: orderId })
  for (const n of notifications) {
    const token = String((n.data as any)?.feedback_link ?? "").split("/").pop()
    if (!token) continue
    try {
      await answerFeedbackLinkWorkflow(container).run({ input: { token, rating, comment: rating >= 4 ? "Cepat dan rapi" : "Paket agak lama" } })
      return true
    } catch {
      // this link was already answered (a second run)
    }
  }
  return false
}
