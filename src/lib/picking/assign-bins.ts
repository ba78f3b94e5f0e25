/**
 * Which bins each order line is picked from. Pure: the caller passes what the bins hold (minus
 * units that open waves still have to pick there) and the orders, oldest first.
 *
 * Per item the fullest bins are used first, so a line is split over as few bins as possible;
 * a line bigger than any single bin is split over several. Orders are served in the given
 * order and an order is taken whole or not at all: one that the bins cannot fill completely
 * is skipped with the reason and takes nothing, so it never starves the orders after it.
 */

export interface BinHolding {
  bin_code: string
  inventory_item_id: string
  quantity: number
}

export interface LineDemand {
  line_item_id: string
  inventory_item_id: string
  quantity: number
  /** Shown in the skip reason; the inventory item id when absent. */
  sku?: string | null
}

export interface OrderDemand {
  order_id: string
  lines: LineDemand[]
}

export interface AssignedLine {
  line_item_id: string
  inventory_item_id: string
  quantity: number
  bin_code: string
}

export interface BinAssignment {
  orders: { order_id: string; lines: AssignedLine[] }[]
  skipped: { order_id: string; reason: string }[]
}

export function assignBins(holdings: BinHolding[], orders: OrderDemand[]): BinAssignment {
  const left = new Map<string, { bin_code: string; quantity: number }[]>()
  for (const h of holdings) {
    if (!(h.quantity > 0)) continue
    const bins = left.get(h.inventory_item_id) ?? []
    bins.push({ bin_code: h.bin_code, quantity: h.quantity })
    left.set(h.inventory_item_id, bins)
  }
  for (const bins of left.values()) {
    bins.sort((a, b) => b.quantity - a.quantity || (a.bin_code < b.bin_code ? -1 : a.bin_code > b.bin_code ? 1 : 0))
  }

  const result: BinAssignment = { orders: [], skipped: [] }
  for (const order of orders) {
    // Work on a copy of the counts the order touches; commit only when every line is filled.
    const draft = new Map<string, number[]>()
    const lines: AssignedLine[] = []
    let reason: string | null = null
    for (const line of order.lines) {
      const bins = left.get(line.inventory_item_id) ?? []
      const counts = draft.get(line.inventory_item_id) ?? bins.map((b) => b.quantity)
      draft.set(line.inventory_item_id, counts)
      let needed = line.quantity
      for (let i = 0; i < bins.length && needed > 0; i++) {
        const take = Math.min(needed, counts[i])
        if (take <= 0) continue
        counts[i] -= take
        needed -= take
        lines.push({ line_item_id: line.line_item_id, inventory_item_id: line.inventory_item_id, quantity: take, bin_code: bins[i].bin_code })
      }
      if (needed > 0) {
        const held = line.quantity - needed
        const name = line.sku ?? line.inventory_item_id
        reason = bins.length
          ? `bins hold ${held} free unit(s) of ${name}, the order needs ${line.quantity} — put stock away or wait for open waves`
          : `no bin holds ${name} — put stock away first`
        break
      }
    }
    if (reason) {
      result.skipped.push({ order_id: order.order_id, reason })
      continue
    }
    for (const [itemId, counts] of draft) {
      left.get(itemId)?.forEach((bin, i) => (bin.quantity = counts[i]))
    }
    result.orders.push({ order_id: order.order_id, lines })
  }
  return result
}
