import { optimalRoute, sShapeRoute } from "./pick-path"
import type { PickPoint } from "./types"
import { selectOrders, type EligibleOrder } from "./wave-select"
import type { BuildWaveInput, PickList, ToteDrop, Wave, WaveStop } from "./wave-types"

export * from "./wave-types"

const toMm = (metres: number) => Math.round(metres * 1000)

/** One line of a selected order, tied to its tote and its position in the combined pick list. */
interface TotedLine {
  tote: number
  order: EligibleOrder
  lineIndex: number
}

/**
 * Builds one wave from the candidate orders of a fulfilment centre: validates and filters them,
 * fills the wave in urgency order within the limits, gives each order its own tote and walks one
 * route through every bin of the wave (in single mode the wave holds one order).
 */
export function buildWave(input: BuildWaveInput): Wave {
  const { layout, orders, filters = {}, limits = {}, mode } = input
  const { selected, skipped } = selectOrders(layout, orders, filters, limits, mode)

  const lines: TotedLine[] = []
  const picks: PickPoint[] = []
  selected.forEach((order, i) =>
    order.picks.forEach((pick, lineIndex) => {
      lines.push({ tote: i + 1, order, lineIndex })
      picks.push(pick)
    })
  )
  const route = optimalRoute(layout, picks)

  const stopOfPick = new Array<number>(picks.length)
  const stops: WaveStop[] = route.stops.map((stop) => {
    const drops: ToteDrop[] = stop.pick_indexes.map((p) => {
      stopOfPick[p] = stop.order
      const { tote, order, lineIndex } = lines[p]
      const line = order.order.lines[lineIndex]
      return {
        tote,
        order_id: order.order.order_id,
        line_item_id: line.line_item_id,
        inventory_item_id: line.inventory_item_id,
        quantity: line.quantity,
        bin_code: line.bin_code,
      }
    })
    // At one stop the picker faces bins on both sides and several levels: finish a bin before
    // the next, and within a bin go tote by tote.
    drops.sort((a, b) => (a.bin_code < b.bin_code ? -1 : a.bin_code > b.bin_code ? 1 : a.tote - b.tote))
    return { ...stop, drops }
  })

  const pick_lists: PickList[] = selected.map((order, i) => ({
    tote: i + 1,
    order_id: order.order.order_id,
    lines: [] as PickList["lines"],
  }))
  lines.forEach(({ tote, order, lineIndex }, p) =>
    pick_lists[tote - 1].lines.push({ ...order.order.lines[lineIndex], stop: stopOfPick[p] })
  )
  for (const list of pick_lists) {
    list.lines.sort((a, b) => a.stop - b.stop || (a.bin_code < b.bin_code ? -1 : a.bin_code > b.bin_code ? 1 : 0))
  }

  const orderByOrderMm = selected.reduce((sum, order) => sum + toMm(optimalRoute(layout, order.picks).distance_m), 0)
  return {
    orders: selected.map((o) => o.order.order_id),
    skipped,
    pick_lists,
    route: {
      stops,
      distance_m: route.distance_m,
      s_shape_distance_m: sShapeRoute(layout, picks).distance_m,
      method: route.method,
    },
    order_by_order_distance_m: orderByOrderMm / 1000,
  }
}
