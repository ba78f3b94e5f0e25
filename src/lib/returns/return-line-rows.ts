import type { CentreCalendar } from "../kpi"
import { classifyReturn } from "./classify-return"
import type { ClaimReason, ReasonStep, ReturnedUnitFacts } from "./facts"
import type { ReasonCauseMapping } from "./reason-cause-mapping"
import { receivedOfPart } from "./received-units"
import { returnShipmentFacts, shipmentOfLine, type ShipmentForReturn } from "./shipment-of-line"
import { splitDamagedUnits } from "./split-damaged-units"

/** One returned or claimed item as Medusa holds it, its receipts added up. */
export interface ReturnedUnit {
  /** The order line. */
  item_id: string
  /** The return item or claim item. */
  item_row_id: string
  quantity: number
  /** Units back at the warehouse, damaged ones included. */
  received: number
  damaged: number
  reason_id: string | null
  reason_path: ReasonStep[]
  claim_reason: ClaimReason | null
  note: string | null
}

export interface ReturnLineShipment extends ShipmentForReturn {
  wave_id: string | null
  picked_by: string | null
  packed_by: string | null
  shipping_option_id: string | null
}

export interface ReturnLineContext {
  source: "return" | "claim" | "exchange"
  order: { id: string; sales_channel_id: string | null; region_id: string | null; items: { id: string; variant_id: string | null; product_id: string | null }[] }
  /** The order's OMS shipments. */
  shipments: ReturnLineShipment[]
  /** Centre calendars by stock location id (a centre without a profile has none). */
  calendars: Readonly<Record<string, CentreCalendar>>
  mapping?: ReasonCauseMapping
  requested_at: Date | null
  received_at: Date | null
}

/**
 * The returns page's rows of one return, claim or exchange: each item traced to the OMS
 * shipment its units left in and classified to a root cause (`classifyReturn`), a group partly
 * damaged as two rows. Pure: the live workflow and the history backfill both build rows here.
 */
export function returnLineRows(units: readonly ReturnedUnit[], ctx: ReturnLineContext): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = []
  for (const unit of units.filter((u) => u.quantity > 0)) {
    const item = ctx.order.items.find((i) => i.id === unit.item_id)
    const shipment = shipmentOfLine(ctx.shipments, unit.item_id)
    const calendar = shipment?.stock_location_id ? ctx.calendars[shipment.stock_location_id] ?? null : null
    const shipped = shipment ? returnShipmentFacts(shipment, calendar) : null
    const facts: ReturnedUnitFacts = {
      source: ctx.source,
      quantity: unit.quantity,
      damaged_quantity: unit.damaged,
      reason_path: unit.reason_path,
      claim_reason: unit.claim_reason,
      note: unit.note,
      shipment: shipped,
    }
    const parts = splitDamagedUnits(facts)
    for (const part of parts) {
      const decided = classifyReturn(part, ctx.mapping)
      const kind = parts.length === 1 ? "all" : part.damaged_quantity > 0 ? "damaged" : "intact"
      rows.push({
        source_item_id: unit.item_row_id,
        part: kind,
        order_id: ctx.order.id,
        line_item_id: unit.item_id,
        variant_id: item?.variant_id ?? null,
        product_id: item?.product_id ?? null,
        quantity: part.quantity,
        // units back at the warehouse, fine or dismissed as damaged
        received_quantity: receivedOfPart(kind, part.quantity, unit),
        damaged_quantity: part.damaged_quantity,
        reason_id: unit.reason_id,
        reason_value: unit.reason_path.at(-1)?.value ?? null,
        reason_path: unit.reason_path,
        claim_reason: unit.claim_reason,
        note: unit.note,
        cause: decided.cause,
        rule: decided.rule,
        shipment_id: shipment?.id ?? null,
        stock_location_id: shipment?.stock_location_id ?? null,
        wave_id: shipment?.wave_id ?? null,
        picked_by: shipment?.picked_by ?? null,
        packed_by: shipment?.packed_by ?? null,
        carton_code: shipped?.carton_code ?? null,
        shipping_option_id: shipment?.shipping_option_id ?? null,
        sales_channel_id: ctx.order.sales_channel_id,
        region_id: ctx.order.region_id,
        shipped_late: shipped?.shipped_late ?? null,
        days_in_transit: shipped?.days_in_transit ?? null,
        requested_at: ctx.requested_at,
        received_at: ctx.received_at,
      })
    }
  }
  return rows
}
