import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chooseOrdersToReroute } from "../../../lib/invariants"
import { rerouteWrittenOffOrderWorkflow } from "../reroute-written-off-order"
import { loadLevelHolders } from "./load-level-holders"

export interface RerouteOrdersOverStockInput {
  stock_location_id: string
  inventory_item_id: string
  bin_code: string
  wave_id: string
  written_off: number
  /** Orders this workflow already routed again (the short order itself). */
  exclude_order_ids: string[]
  actor?: string | null
}

export interface RerouteOrdersOverStockResult {
  rerouted: { order_id: string; order_number: number | null; stage: string | null }[]
  not_rerouted: { order_id: string; order_number: number | null; reason: string }[]
  /** Whether what orders reserve there (and cannot back-order) now fits in the stock. */
  fits: boolean
}

/** Most orders one write-off routes again; the scheduled stock check reports what is left beyond. */
export const MAX_REROUTES_PER_WRITE_OFF = 50

export const rerouteOrdersOverStockStepId = "oms-reroute-orders-over-stock"

/**
 * After a write-off, routes other orders again until what orders reserve of the item at the
 * centre (and cannot back-order) fits in the stock left: newest first (`chooseOrdersToReroute`),
 * one at a time, reading the figures again after each, since routing may keep part of an order
 * there. Each order runs `rerouteWrittenOffOrderWorkflow` on its own (its own locks and undo);
 * this step holds no lock, so the order and inventory locks routing takes cannot deadlock with
 * the write-off's. An order that cannot be routed again is reported and skipped.
 * No compensation: it runs last, and each order it moved is a finished, consistent routing.
 */
export const rerouteOrdersOverStockStep = createStep(
  rerouteOrdersOverStockStepId,
  async (input: RerouteOrdersOverStockInput, { container }) => {
    const result: RerouteOrdersOverStockResult = { rerouted: [], not_rerouted: [], fits: true }
    const tried = new Set(input.exclude_order_ids)
    for (let round = 0; round <= MAX_REROUTES_PER_WRITE_OFF; round++) {
      const level = await loadLevelHolders(container, input)
      const holders = level.holders.map((h) => (tried.has(h.order_id) ? { ...h, movable: false } : h))
      const choice = chooseOrdersToReroute(level.stocked, holders)
      result.fits = choice.excess <= 0
      const next = holders.find((h) => h.order_id === choice.order_ids[0])
      if (!next || round === MAX_REROUTES_PER_WRITE_OFF) break
      tried.add(next.order_id)
      const sku = level.sku ? `SKU ${level.sku}` : "an item"
      try {
        const { result: routed } = await rerouteWrittenOffOrderWorkflow(container).run({
          input: {
            order_id: next.order_id,
            stock_location_id: input.stock_location_id,
            waiting_in_wave_id: next.waiting_in_wave_id,
            reason:
              `${input.written_off} units of ${sku} were written off at ${level.centre_name} after a short pick ` +
              `in bin ${input.bin_code}; orders there reserved more than the ${level.stocked} left, ` +
              `so this order, the newest of them, was routed again` +
              (next.waiting_in_wave_id ? ", out of the wave that was to pick it there." : "."),
            details: {
              stock_location_id: input.stock_location_id,
              inventory_item_id: input.inventory_item_id,
              sku: level.sku,
              bin_code: input.bin_code,
              wave_id: input.wave_id,
              written_off: input.written_off,
              stocked: level.stocked,
              excess: choice.excess,
            },
            actor: input.actor ?? null,
          },
        })
        result.rerouted.push({ order_id: next.order_id, order_number: next.order_number, stage: routed.stage })
      } catch (error) {
        const reason = (error as Error).message
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`medusa-oms: order ${next.order_id} could not be routed again after a write-off: ${reason}`)
        result.not_rerouted.push({ order_id: next.order_id, order_number: next.order_number, reason })
      }
    }
    return new StepResponse(result)
  }
)
