import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { haversineKm, isValidGeoPoint } from "../../../lib/geo/haversine"
import { buildDestination, buildLines, type OrderForRouting } from "../../../lib/routing-input"
import { orderDemandFacts, type OrderDemandFacts } from "../../../lib/stock/order-demand"
import type { LineDemand } from "../../../lib/routing/types"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { ORDER_ROUTING_FIELDS } from "../../steps/load-routing-context"

export interface OrderDemandBatchInput {
  /** Orders with an id above this one ("" to start). */
  after_id: string
  batch_size: number
}

export type OrderDemandRow = OrderDemandFacts & { order_id: string; placed_at: Date; sales_channel_id: string | null; lines: LineDemand[] }

export interface OrderDemandBatch {
  rows: OrderDemandRow[]
  read: number
  /** The next batch's cursor; null when no order was left. */
  last_id: string | null
}

type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: any[] }> }

export const loadOrderDemandStepId = "oms-load-order-demand"

/**
 * Read-only: the next batch of Medusa orders without a demand row (orders routed before the
 * demand facts existed, or the store's history), with their lines and destination as routing
 * reads them. The farthest parcel comes from the order's routing decision, or else from the
 * centres its shipments left (or, canceled, would have left) from.
 */
export const loadOrderDemandStep = createStep(loadOrderDemandStepId, async (input: OrderDemandBatchInput, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const { rows: ids } = await knex.raw(
    `select o.id, o.created_at, o.sales_channel_id,
            (select d.max_distance_km from oms_order m join oms_routing_decision d on d.id = m.current_decision_id
              where m.order_id = o.id and m.deleted_at is null) as decided_km,
            (select array_agg(distinct s.stock_location_id) from oms_shipment s
              where s.order_id = o.id and s.deleted_at is null and s.stock_location_id is not null
                and s.stage <> 'rerouted') as locations
       from "order" o
      where o.id > ? and o.deleted_at is null and o.is_draft_order = false and o.status <> 'draft'
        and not exists (select 1 from oms_order_demand x where x.order_id = o.id and x.deleted_at is null)
      order by o.id
      limit ?`,
    [input.after_id, input.batch_size]
  )
  if (!ids.length) return new StepResponse<OrderDemandBatch>({ rows: [], read: 0, last_id: null })

  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_ROUTING_FIELDS, filters: { id: ids.map((o) => o.id) } })
  const byId = new Map((orders as OrderForRouting[]).map((o) => [o.id, o]))
  const centres = new Map((await oms.listFulfillmentCenters({}, { take: null })).map((c) => [c.stock_location_id, c]))
  const rows: OrderDemandRow[] = []
  for (const head of ids) {
    const order = byId.get(head.id)
    if (!order) continue
    const lines = buildLines(order)
    const destination = buildDestination(order)
    const shipped = ((head.locations ?? []) as string[]).map((id) => {
      const c = centres.get(id)
      const point = c && c.latitude != null && c.longitude != null ? { latitude: c.latitude, longitude: c.longitude } : null
      return isValidGeoPoint(point) && destination.point ? haversineKm(point, destination.point) : null
    })
    const distances = head.decided_km != null ? [Number(head.decided_km)] : shipped
    rows.push({
      order_id: head.id,
      placed_at: new Date(head.created_at),
      sales_channel_id: head.sales_channel_id ?? null,
      ...orderDemandFacts(lines, destination, distances),
      lines,
    })
  }
  return new StepResponse<OrderDemandBatch>({ rows, read: ids.length, last_id: ids[ids.length - 1].id })
})
