import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface FindUnroutedOrdersInput {
  /** Only orders placed at least this long ago: younger ones are still with the subscriber. */
  older_than_minutes: number
  /** Orders placed before this many hours ago are left alone (e.g. from before the install). */
  lookback_hours: number
  limit: number
}

export const findUnroutedOrdersStepId = "oms-find-unrouted-orders"

/**
 * Placed orders that still have no routing decision, oldest first. Leaves out canceled and
 * draft orders and orders with a fulfilment (routing those would reserve shipped units again).
 * Reads Medusa's order tables and the OMS decisions in one query over the shared connection.
 */
export const findUnroutedOrdersStep = createStep(
  findUnroutedOrdersStepId,
  async (input: FindUnroutedOrdersInput, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: { id: string }[] = await knex
      .select("o.id")
      .from({ o: "order" })
      .whereNull("o.deleted_at")
      .whereNull("o.canceled_at")
      .where("o.is_draft_order", false)
      .whereNotIn("o.status", ["canceled", "draft"])
      .whereRaw(`o.created_at <= now() - make_interval(mins => ?)`, [input.older_than_minutes])
      .whereRaw(`o.created_at >= now() - make_interval(hours => ?)`, [input.lookback_hours])
      .whereNotExists(
        knex.select(knex.raw("1")).from({ d: "oms_routing_decision" }).whereRaw("d.order_id = o.id").whereNull("d.deleted_at")
      )
      .whereNotExists(
        knex.select(knex.raw("1")).from({ f: "order_fulfillment" }).whereRaw("f.order_id = o.id").whereNull("f.deleted_at")
      )
      .orderBy("o.created_at", "asc")
      .limit(input.limit)
    return new StepResponse(rows.map((r) => r.id))
  }
)
