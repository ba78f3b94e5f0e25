import { buildWave } from "./wave"
import { selectOrders } from "./wave-select"
import type { BuildWaveInput } from "./wave-types"

export interface WavePreview {
  /** Every order the filters let through, most urgent first (what is waiting for these filters). */
  waiting: { order_id: string; units: number; priority: number }[]
  waiting_units: number
  /** The wave that would be built now with the limits too (null when nothing is waiting). */
  next_wave: { order_ids: string[]; units: number; bins: number; distance_m: number; s_shape_distance_m: number } | null
}

/**
 * What creating a wave would do, without claiming anything: the orders waiting for the filters
 * (the same selection as `buildWave`, without the limits) and the wave `buildWave` would build.
 */
export function previewWave(input: BuildWaveInput): WavePreview {
  const { selected } = selectOrders(input.layout, input.orders, input.filters ?? {}, {}, "batch")
  const waiting = selected.map((o) => ({ order_id: o.order.order_id, units: o.units, priority: o.priority }))
  const waiting_units = waiting.reduce((sum, o) => sum + o.units, 0)
  if (!waiting.length) return { waiting, waiting_units, next_wave: null }
  const built = buildWave(input)
  const unitsOf = new Map(waiting.map((o) => [o.order_id, o.units]))
  return {
    waiting,
    waiting_units,
    next_wave: {
      order_ids: built.orders,
      units: built.orders.reduce((sum, id) => sum + (unitsOf.get(id) ?? 0), 0),
      bins: new Set(built.pick_lists.flatMap((p) => p.lines.map((l) => l.bin_code))).size,
      distance_m: built.route.distance_m,
      s_shape_distance_m: built.route.s_shape_distance_m,
    },
  }
}
