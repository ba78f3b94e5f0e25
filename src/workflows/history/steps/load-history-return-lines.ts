import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIVE_ACTIONS, receivedUnits, returnLineRows, type ClaimReason, type ReasonStep, type ReturnedUnit } from "../../../lib/returns"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface ReturnLinesHistoryInput {
  /** The previous batch's last return id ("" to start, null when returns are done). */
  after_return_id: string | null
  /** The same for claims. */
  after_claim_id: string | null
  batch_size: number
}

type Source = { source: "return" | "claim" | "exchange"; source_id: string }

export interface ReturnLinesHistoryPlan {
  /** Cursors for the next batch; null once that kind is done. */
  last_return_id: string | null
  last_claim_id: string | null
  sources: Source[]
  rows: Record<string, unknown>[]
}

export const loadHistoryReturnLinesStepId = "oms-load-history-return-lines"

type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: any[] }> }

/**
 * Read-only: the returns page's rows of the next batch of Medusa returns (and exchanges'
 * returns) and claims that have none yet, of orders the OMS has shipments for, by id: the same
 * rows the live workflow writes (`returnLineRows`), from a handful of set-based reads. Returns
 * not requested yet and canceled ones are left out, as the live path leaves them.
 */
export const loadHistoryReturnLinesStep = createStep(loadHistoryReturnLinesStepId, async (input: ReturnLinesHistoryInput, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const hasShipments = (alias: string) => `exists (select 1 from oms_shipment s where s.order_id = ${alias}.order_id and s.deleted_at is null)`
  const none = { rows: [] as any[] }
  const [{ rows: returns }, { rows: claims }] = await Promise.all([
    input.after_return_id === null ? none : knex.raw(
      `select r.id, r.order_id, r.exchange_id, r.created_at, r.requested_at, r.received_at from "return" r
        where r.id > ? and r.claim_id is null and r.deleted_at is null and r.canceled_at is null
          and r.status in ('requested', 'received', 'partially_received') and ${hasShipments("r")}
          and not exists (select 1 from oms_return_line l where l.deleted_at is null
                           and l.source = case when r.exchange_id is null then 'return' else 'exchange' end
                           and l.source_id = coalesce(r.exchange_id, r.id))
        order by r.id limit ?`,
      [input.after_return_id, input.batch_size]
    ),
    input.after_claim_id === null ? none : knex.raw(
      `select c.id, c.order_id, c.return_id, c.created_at, (select r.received_at from "return" r where r.id = c.return_id) as received_at
         from order_claim c
        where c.id > ? and c.deleted_at is null and c.canceled_at is null and ${hasShipments("c")}
          and not exists (select 1 from oms_return_line l where l.deleted_at is null and l.source = 'claim' and l.source_id = c.id)
        order by c.id limit ?`,
      [input.after_claim_id, input.batch_size]
    ),
  ])
  const plan: ReturnLinesHistoryPlan = {
    last_return_id: returns.at(-1)?.id ?? null,
    last_claim_id: claims.at(-1)?.id ?? null,
    sources: [],
    rows: [],
  }
  if (!returns.length && !claims.length) return new StepResponse(plan)

  const returnIds = [...returns.map((r) => r.id as string), ...claims.map((c) => c.return_id as string).filter(Boolean)]
  const orderIds = [...new Set([...returns, ...claims].map((r) => r.order_id as string))]
  const [{ rows: returnItems }, { rows: receipts }, { rows: claimItems }, { rows: reasons }, { rows: orders }, { rows: orderItems }, shipments, centers] = await Promise.all([
    returnIds.length
      ? knex.raw(`select id, return_id, item_id, quantity::float8 as quantity, received_quantity::float8 as received, damaged_quantity::float8 as damaged, reason_id, note
                    from return_item where return_id = any(?::text[]) and deleted_at is null order by id`, [returnIds])
      : none,
    returnIds.length
      ? knex.raw(`select a.return_id, a.action, a.details from order_change_action a join order_change c on c.id = a.order_change_id
                   where a.return_id = any(?::text[]) and a.action = any(?::text[]) and a.deleted_at is null and c.status = 'confirmed' and c.deleted_at is null`, [returnIds, [...RECEIVE_ACTIONS]])
      : none,
    claims.length
      ? knex.raw(`select id, claim_id, item_id, quantity::float8 as quantity, reason, note from order_claim_item
                   where claim_id = any(?::text[]) and deleted_at is null and is_additional_item = false order by id`, [claims.map((c) => c.id)])
      : none,
    knex.raw(`select id, value, label, parent_return_reason_id from return_reason where deleted_at is null`),
    knex.raw(`select id, sales_channel_id, region_id from "order" where id = any(?::text[])`, [orderIds]),
    knex.raw(`select distinct oi.order_id, li.id, li.variant_id, li.product_id from order_item oi join order_line_item li on li.id = oi.item_id
               where oi.order_id = any(?::text[]) and oi.deleted_at is null`, [orderIds]),
    oms.listShipments({ order_id: orderIds }, { take: null }),
    oms.listFulfillmentCenters({}, { select: ["stock_location_id", "time_zone", "cutoff_time"], take: null }),
  ])

  const reasonById = new Map(reasons.map((r) => [r.id as string, r]))
  const reasonPath = (id: string | null): ReasonStep[] => {
    const path: ReasonStep[] = []
    for (let r = id ? reasonById.get(id) : undefined; r && path.length < 5; r = r.parent_return_reason_id ? reasonById.get(r.parent_return_reason_id) : undefined) {
      path.unshift({ value: String(r.value ?? ""), label: String(r.label ?? "") })
    }
    return path
  }
  const byReturn = new Map<string, any[]>()
  for (const i of returnItems) byReturn.set(i.return_id, [...(byReturn.get(i.return_id) ?? []), i])
  const receivedOf = new Map<string, ReturnType<typeof receivedUnits>>()
  for (const id of returnIds) receivedOf.set(id, receivedUnits(receipts.filter((a) => a.return_id === id)))
  const calendars = Object.fromEntries(centers.map((c) => [c.stock_location_id, { time_zone: c.time_zone, cutoff_time: c.cutoff_time }]))
  const mapping = oms.getOptions().returnReasonCauses
  const orderContext = (orderId: string) => {
    const o = orders.find((x) => x.id === orderId)
    return {
      order: {
        id: orderId,
        sales_channel_id: o?.sales_channel_id ?? null,
        region_id: o?.region_id ?? null,
        items: orderItems.filter((i) => i.order_id === orderId).map((i) => ({ id: i.id, variant_id: i.variant_id, product_id: i.product_id })),
      },
      shipments: shipments.filter((s) => s.order_id === orderId) as never,
      calendars,
      mapping,
    }
  }
  const withReceipts = (returnId: string | null, itemId: string, received: number, damaged: number) => {
    const back = returnId ? receivedOf.get(returnId)?.get(itemId) : undefined
    return { received: Math.max(received, back?.received ?? 0), damaged: Math.max(damaged, back?.damaged ?? 0) }
  }
  const add = (key: Source, orderId: string, units: ReturnedUnit[], requested_at: Date | null, received_at: Date | null) => {
    plan.sources.push(key)
    const rows = returnLineRows(units, { source: key.source, ...orderContext(orderId), requested_at, received_at })
    plan.rows.push(...rows.map((r) => ({ ...r, ...key })))
  }
  const date = (v: unknown) => (v ? new Date(v as string) : null)

  for (const r of returns) {
    const units = (byReturn.get(r.id) ?? []).map((i): ReturnedUnit => ({
      item_id: i.item_id,
      item_row_id: i.id,
      quantity: Number(i.quantity),
      ...withReceipts(r.id, i.item_id, Number(i.received ?? 0), Number(i.damaged ?? 0)),
      reason_id: i.reason_id ?? null,
      reason_path: reasonPath(i.reason_id ?? null),
      claim_reason: null,
      note: i.note ?? null,
    }))
    const key: Source = r.exchange_id ? { source: "exchange", source_id: r.exchange_id } : { source: "return", source_id: r.id }
    add(key, r.order_id, units, date(r.requested_at) ?? date(r.created_at), date(r.received_at))
  }
  for (const c of claims) {
    const returned = c.return_id ? byReturn.get(c.return_id) ?? [] : []
    const units = claimItems
      .filter((i) => i.claim_id === c.id)
      .map((i): ReturnedUnit => {
        const back = returned.find((r) => r.item_id === i.item_id)
        return {
          item_id: i.item_id,
          item_row_id: i.id,
          quantity: Number(i.quantity),
          ...withReceipts(c.return_id ?? null, i.item_id, Number(back?.received ?? 0), Number(back?.damaged ?? 0)),
          reason_id: back?.reason_id ?? null,
          reason_path: reasonPath(back?.reason_id ?? null),
          claim_reason: (i.reason ?? null) as ClaimReason | null,
          note: i.note ?? back?.note ?? null,
        }
      })
    add({ source: "claim", source_id: c.id }, c.order_id, units, date(c.created_at), date(c.received_at))
  }
  return new StepResponse(plan)
})
