import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receivedUnits, returnLineRows, type ClaimReason, type ReasonStep } from "../../../lib/returns"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface ReturnLinesSource {
  /** A return (a plain return, a claim's or an exchange's: the step finds out) or a claim. */
  return_id?: string
  claim_id?: string
  /** An exchange: its return is read. */
  exchange_id?: string
}

export interface ReturnLinesPlan {
  key: { source: "return" | "claim" | "exchange"; source_id: string } | null
  rows: Record<string, unknown>[]
}

export const loadReturnLinesStepId = "oms-load-return-lines"

const REASON = ["value", "label"]
const reasonFields = (prefix: string) => [
  ...REASON.map((f) => `${prefix}.${f}`),
  ...REASON.map((f) => `${prefix}.parent_return_reason.${f}`),
  ...REASON.map((f) => `${prefix}.parent_return_reason.parent_return_reason.${f}`),
]

/** Top-level reason first, the chosen one last (Medusa nests reasons through their parent). */
function reasonPath(reason: any): ReasonStep[] {
  const path: ReasonStep[] = []
  for (let r = reason; r && path.length < 5; r = r.parent_return_reason) path.unshift({ value: String(r.value ?? ""), label: String(r.label ?? "") })
  return path
}

type Unit = { item_id: string; item_row_id: string; quantity: number; received: number; damaged: number; reason_id: string | null; reason: any; claim_reason: ClaimReason | null; note: string | null }

/**
 * Read-only: the rows of the returns page for one return, claim or exchange. A claim's own
 * return is counted as the claim (its reasons are the claim's), an exchange's return as the
 * exchange; each returned item is traced to the OMS shipment its units left in and classified
 * (lib/returns), partly damaged groups as two rows.
 */
export const loadReturnLinesStep = createStep(loadReturnLinesStepId, async (input: ReturnLinesSource, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const itemFields = ["id", "item_id", "quantity", "received_quantity", "damaged_quantity", "note", "reason_id", ...reasonFields("reason")]

  let claimId = input.claim_id ?? null
  let ret: any = null
  let returnId = input.return_id ?? null
  if (!returnId && input.exchange_id) {
    const { data } = await query.graph({ entity: "order_exchange", fields: ["return_id"], filters: { id: input.exchange_id } })
    returnId = (data[0] as { return_id?: string | null } | undefined)?.return_id ?? null
    if (!returnId) return new StepResponse<ReturnLinesPlan>({ key: null, rows: [] })
  }
  if (returnId) {
    const { data } = await query.graph({
      entity: "return",
      fields: ["id", "order_id", "claim_id", "exchange_id", "created_at", "requested_at", "received_at", ...itemFields.map((f) => `items.${f}`)],
      filters: { id: returnId },
    })
    ret = data[0]
    if (!ret) return new StepResponse<ReturnLinesPlan>({ key: null, rows: [] })
    claimId = ret.claim_id ?? null
  }

  let key: NonNullable<ReturnLinesPlan["key"]>
  let orderId: string
  let units: Unit[]
  let requestedAt: Date | null
  let receivedAt: Date | null = ret?.received_at ? new Date(ret.received_at) : null
  let receiptsOf: string | null = ret?.id ?? null
  const num = (v: unknown) => Number(v ?? 0)
  if (claimId) {
    const { data } = await query.graph({
      entity: "order_claim",
      fields: ["id", "order_id", "created_at", "canceled_at", "return.id", "return.received_at", ...["id", "item_id", "quantity", "reason", "note", "is_additional_item"].map((f) => `claim_items.${f}`), ...itemFields.map((f) => `return.items.${f}`)],
      filters: { id: claimId },
    })
    const claim = data[0] as any
    if (!claim) return new StepResponse<ReturnLinesPlan>({ key: null, rows: [] })
    key = { source: "claim", source_id: claim.id }
    orderId = claim.order_id
    requestedAt = claim.created_at ? new Date(claim.created_at) : null
    receivedAt = claim.return?.received_at ? new Date(claim.return.received_at) : null
    receiptsOf = claim.return?.id ?? null
    const returned = (claim.return?.items ?? []) as any[]
    units = claim.canceled_at
      ? []
      : (claim.claim_items ?? [])
          .filter((c: any) => !c.is_additional_item)
          .map((c: any) => {
            const back = returned.find((r) => r.item_id === c.item_id)
            return { item_id: c.item_id, item_row_id: c.id, quantity: num(c.quantity), received: num(back?.received_quantity), damaged: num(back?.damaged_quantity), reason_id: back?.reason_id ?? null, reason: back?.reason ?? null, claim_reason: (c.reason ?? null) as ClaimReason | null, note: c.note ?? back?.note ?? null }
          })
  } else {
    key = ret.exchange_id ? { source: "exchange", source_id: ret.exchange_id } : { source: "return", source_id: ret.id }
    orderId = ret.order_id
    requestedAt = ret.requested_at ? new Date(ret.requested_at) : ret.created_at ? new Date(ret.created_at) : null
    units = (ret.items ?? []).map((i: any) => ({ item_id: i.item_id, item_row_id: i.id, quantity: num(i.quantity), received: num(i.received_quantity), damaged: num(i.damaged_quantity), reason_id: i.reason_id ?? null, reason: i.reason ?? null, claim_reason: null, note: i.note ?? null }))
  }

  const [{ data: orders }, shipments, centers, { data: receipts }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "sales_channel_id", "region_id", "items.id", "items.variant_id", "items.product_id"], filters: { id: orderId } }),
    oms.listShipments({ order_id: orderId }, { take: null }),
    oms.listFulfillmentCenters({}, { select: ["stock_location_id", "time_zone", "cutoff_time"], take: null }),
    receiptsOf
      ? query.graph({ entity: "order_change", fields: ["id", "actions.action", "actions.details"], filters: { return_id: receiptsOf, status: "confirmed" } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  // every receipt of the return added up (Medusa's return item keeps only the latest one's counts)
  const received = receivedUnits((receipts as any[]).flatMap((c) => c.actions ?? []))
  const order = orders[0] as any
  const calendars = Object.fromEntries(centers.map((c) => [c.stock_location_id, { time_zone: c.time_zone, cutoff_time: c.cutoff_time }]))
  const rows = returnLineRows(
    units.map((u) => ({
      ...u,
      received: Math.max(u.received, received.get(u.item_id)?.received ?? 0),
      damaged: Math.max(u.damaged, received.get(u.item_id)?.damaged ?? 0),
      reason_path: reasonPath(u.reason),
    })),
    {
      source: key.source,
      order: { id: orderId, sales_channel_id: order?.sales_channel_id ?? null, region_id: order?.region_id ?? null, items: order?.items ?? [] },
      shipments: shipments as never,
      calendars,
      mapping: oms.getOptions().returnReasonCauses,
      requested_at: requestedAt,
      received_at: receivedAt,
    }
  )
  return new StepResponse<ReturnLinesPlan>({ key, rows })
})
