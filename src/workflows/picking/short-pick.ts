import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { routeOrderWorkflow } from "../route-order"
import { checkShortPickStep, ShortPickInput } from "./steps/check-short-pick"
import { loadPickLineOrderStep } from "./steps/load-pick-line-order"
import { lockKeys } from "../../lib/lock-keys"
import { moveShipmentsStep } from "../steps/move-shipments"
import { rerouteOrdersOverStockStep } from "./steps/reroute-orders-over-stock"
import { releaseWaveOrdersStep } from "./steps/return-picked-units"
import { updateWaveProgressStep } from "./steps/update-wave-progress"
import { writeOffShortUnitsStep } from "./steps/write-off-short-units"

export const shortPickWorkflowId = "oms-short-pick"

/**
 * A picker cannot find all units of a line. The whole order leaves the wave and is routed again:
 *
 * 1. The bin is counted: its record drops to the units the picker saw (`writeOffShortUnitsStep`)
 *    and Medusa's stocked quantity at the centre drops by the same units, written off with
 *    Medusa's own `adjustInventoryLevelsStep` (locked per inventory item, like reservations).
 *    Bin stock and Medusa therefore keep agreeing, and routing no longer counts on units that
 *    are not there: the order goes to another centre unless this one still has enough in other
 *    bins. Units that turn up later come back with a stock-level raise and a putaway.
 * 2. The line is marked short, units already picked for the order go back to their bins, the
 *    claim becomes "short" (soft-deleted so the order can be waved again).
 * 3. `routeOrderWorkflow` re-routes this centre's part of the order (trigger "reroute"): another
 *    centre, a split, or a back-order when no centre has the units. The order's parts at other
 *    centres stay as they are, whatever their stage.
 * 4. After the wave lock is released, other orders whose reservations no longer fit in what is
 *    left at the centre are routed again too, newest first, each with a timeline entry saying
 *    why (`rerouteOrdersOverStockStep`): the write-off never leaves reserved > stocked there.
 */
export const shortPickWorkflow = createWorkflow(shortPickWorkflowId, (input: WorkflowData<ShortPickInput>) => {
  // the order's lock first, then the wave's: the order re-route and cancel take them in. The
  // re-route below runs as a sub-workflow, where Medusa skips its lock steps, so this is the
  // lock that keeps an admin re-route of the same order out meanwhile.
  const line = loadPickLineOrderStep(transform({ input }, ({ input }) => ({ wave_id: input.wave_id, pick_line_id: input.pick_line_id })))
  const orderKey = transform({ line }, ({ line }) => lockKeys.order(line.order_id))
  acquireLockStep({ key: orderKey, timeout: 30, ttl: 120 }).config({ name: "oms-short-pick-lock-order" })
  const lockKey = transform({ input }, ({ input }) => lockKeys.wavePicks(input.wave_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const short = checkShortPickStep(input)
  const writeOff = writeOffShortUnitsStep(
    transform({ short }, ({ short }) => ({
      wave_id: short.wave_id,
      stock_location_id: short.stock_location_id,
      bin_id: short.bin_id,
      bin_code: short.bin_code,
      inventory_item_id: short.inventory_item_id,
      found_quantity: short.found_quantity,
      picked_quantity: short.picked_quantity,
      actor: short.actor ?? null,
    }))
  )
  when("oms-short-pick-wrote-off-units", { writeOff }, ({ writeOff }) => writeOff.written_off > 0).then(() => {
    adjustInventoryLevelsStep(
      transform({ short, writeOff }, ({ short, writeOff }) => [
        { inventory_item_id: short.inventory_item_id, location_id: short.stock_location_id, adjustment: -writeOff.written_off },
      ])
    )
  })
  releaseWaveOrdersStep(
    transform({ short }, ({ short }) => ({
      wave_id: short.wave_id,
      stock_location_id: short.stock_location_id,
      order_ids: [short.order_id],
      release_as: "short" as const,
      short_line: {
            pick_line_id: short.pick_line_id,
        reason: `${short.reason} (found ${short.found_quantity} of ${short.quantity})`,
      },
      actor: short.actor ?? null,
    }))
  )
  const progress = updateWaveProgressStep(transform({ input }, ({ input }) => ({ wave_id: input.wave_id })))
  moveShipmentsStep(
    transform({ short, writeOff }, ({ short, writeOff }) => ({
      moves: [
        {
          order_id: short.order_id,
          stock_location_id: short.stock_location_id,
          action: "short_pick" as const,
          strict: true,
          patch: { wave_id: null },
          details: {
            wave_id: short.wave_id,
        pick_line_id: short.pick_line_id,
            bin_code: short.bin_code,
            reason: short.reason,
            found_quantity: short.found_quantity,
            shortfall: short.shortfall,
            written_off: writeOff.written_off,
          },
        },
      ],
      actor: short.actor ?? null,
    }))
  )
  const routed = routeOrderWorkflow.runAsStep({
    input: transform({ short }, ({ short }) => ({
      order_id: short.order_id,
      trigger: "reroute" as const,
      actor: short.actor ?? undefined,
      // only this centre's part: the order's other parts may be in waves or shipped elsewhere
      only_location_ids: [short.stock_location_id],
    })),
  })
  releaseLockStep({ key: lockKey })
  releaseLockStep({ key: orderKey }).config({ name: "oms-short-pick-unlock-order" })
  const others = when("oms-short-pick-wrote-off-stock", { writeOff }, ({ writeOff }) => writeOff.written_off > 0).then(
    () =>
      rerouteOrdersOverStockStep(
        transform({ short, writeOff }, ({ short, writeOff }) => ({
          stock_location_id: short.stock_location_id,
          inventory_item_id: short.inventory_item_id,
          bin_code: short.bin_code,
          wave_id: short.wave_id,
          written_off: writeOff.written_off,
          exclude_order_ids: [short.order_id],
          actor: short.actor ?? null,
        }))
      )
  )
  const result = transform(
    { short, progress, routed, writeOff, others },
    ({ short, progress, routed, writeOff, others }) => ({
      order_id: short.order_id,
      shortfall: short.shortfall,
      written_off: writeOff.written_off,
      wave_status: progress.wave_status,
      reroute: routed,
      others_rerouted: others ?? { rerouted: [], not_rerouted: [], fits: true },
    })
  )
  return new WorkflowResponse(result)
})
