import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildWave, type Wave as BuiltWave } from "../../../lib/picking"
import { invalid, warehouseOf } from "./shared"
import type { WaveCandidates } from "./load-wave-candidates"

export interface ClaimedWave {
  wave_id: string
  order_ids: string[]
  skipped: { order_id: string; reason: string }[]
}

const routeJson = (built: BuiltWave) => ({
  stops: built.route.stops as unknown as Record<string, unknown>[],
  distance_m: built.route.distance_m,
  s_shape_distance_m: built.route.s_shape_distance_m,
  method: built.route.method,
})

/** Postgres unique violation, raw (23505) or as mapped by Medusa's DAL ("… already exists."). */
const isDuplicate = (e: unknown) =>
  (e as { code?: string })?.code === "23505" ||
  (e as { type?: string })?.type === MedusaError.Types.DUPLICATE_ERROR ||
  /already exists/i.test(String((e as Error)?.message ?? ""))

export const claimWaveStepId = "oms-claim-wave"

/**
 * Builds the wave (`buildWave`) and claims its orders. Each claim is one insert guarded by the
 * partial unique index on active wave orders: a claim lost to another wave skips that order
 * (reported in `skipped`) and the route is rebuilt for the orders actually claimed. Then the
 * pick lines are written in route order. Compensation: deletes the wave, its claims and lines.
 */
export const claimWaveStep = createStep(
  claimWaveStepId,
  async (candidates: WaveCandidates, { container }) => {
    const warehouse = warehouseOf(container)
    const { input, layout, orders, bin_ids } = candidates
    let built = buildWave({
      layout,
      orders,
      mode: input.mode,
      filters: {
        placed_before: input.placed_before,
        shipping_option_ids: input.shipping_option_ids,
        min_priority: input.min_priority,
      },
      limits: { max_orders: input.max_orders, max_items: input.max_items, cart_totes: input.cart_totes },
    })
    const skipped = [...candidates.skipped, ...built.skipped]
    if (!built.orders.length) {
      throw invalid(
        `no routed orders waiting at this centre can be waved${skipped.length ? `: ${skipped.map((s) => `${s.order_id}: ${s.reason}`).join("; ")}` : ""}`
      )
    }
    const wave = await warehouse.createWaves({
      stock_location_id: input.stock_location_id,
      mode: input.mode,
      status: "open",
      route: routeJson(built),
      created_by: input.actor ?? null,
    })
    const undo = { wave_id: wave.id }
    const claimed: string[] = []
    const claimIds: string[] = []
    for (const list of built.pick_lists) {
      try {
        const row = await warehouse.createWaveOrders({
          wave_id: wave.id,
          order_id: list.order_id,
          stock_location_id: wave.stock_location_id,
          tote: list.tote,
        })
        claimed.push(list.order_id)
        claimIds.push(row.id)
      } catch (e) {
        // Only the partial unique index (another active claim) means "lost"; anything else is an error.
        if (!isDuplicate(e)) {
          await warehouse.deleteWaveOrders(claimIds)
          await warehouse.deleteWaves(wave.id)
          throw e
        }
        skipped.push({ order_id: list.order_id, reason: "claimed by another wave at the same time" })
      }
    }
    if (!claimed.length) {
      await warehouse.deleteWaves(wave.id)
      throw invalid("no routed orders waiting at this centre: every candidate was claimed by another wave")
    }
    if (claimed.length < built.orders.length) {
      // Re-walk for the orders we hold (limits already applied); totes are renumbered.
      built = buildWave({ layout, orders: orders.filter((o) => claimed.includes(o.order_id)), mode: "batch" })
      for (const list of built.pick_lists) {
        await warehouse.updateWaveOrders({ id: claimIds[claimed.indexOf(list.order_id)], tote: list.tote })
      }
    }
    const sequence = new Map<string, number>()
    built.route.stops.forEach((stop) =>
      stop.drops.forEach((d) => sequence.set(`${d.order_id}:${d.line_item_id}:${d.bin_code}`, sequence.size + 1))
    )
    const lines = built.pick_lists.flatMap((list) =>
      list.lines.map((line) => ({
        wave_id: wave.id,
        order_id: list.order_id,
        line_item_id: line.line_item_id,
        inventory_item_id: line.inventory_item_id,
        bin_id: bin_ids[line.bin_code],
        bin_code: line.bin_code,
        sequence: sequence.get(`${list.order_id}:${line.line_item_id}:${line.bin_code}`) ?? 0,
        quantity: line.quantity,
      }))
    )
    await warehouse.createPickLines(lines)
    await warehouse.updateWaves({
      id: wave.id,
      route: routeJson(built),
      order_count: built.orders.length,
      item_count: lines.reduce((sum, l) => sum + l.quantity, 0),
    })
    const claimedWave: ClaimedWave = { wave_id: wave.id, order_ids: built.orders, skipped }
    return new StepResponse(claimedWave, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warehouse = warehouseOf(container)
    const [orders, lines] = await Promise.all([
      warehouse.listWaveOrders({ wave_id: undo.wave_id }, { select: ["id"] }),
      warehouse.listPickLines({ wave_id: undo.wave_id }, { select: ["id"] }),
    ])
    await warehouse.deletePickLines(lines.map((l) => l.id))
    await warehouse.deleteWaveOrders(orders.map((o) => o.id))
    await warehouse.deleteWaves(undo.wave_id)
  }
)
