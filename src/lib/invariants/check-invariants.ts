import type {
  InvariantBreak,
  InvariantBreakKind,
  InvariantRows,
  LevelKey,
  ShipmentHoldRow,
} from "./types"

const keyOf = (row: LevelKey) => `${row.stock_location_id}\u0000${row.inventory_item_id}`

function sumBy<T extends LevelKey>(rows: T[], value: (row: T) => number) {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + value(row))
  return sums
}

/**
 * Checks, per inventory level and per shipment:
 * - Medusa's reserved count equals the sum of its reservations there;
 * - the reservations that cannot be back-ordered fit in the stocked quantity;
 * - bins + totes hold no more than Medusa stocks (unassigned = stocked − bins − totes ≥ 0);
 * - a shipment (order × centre) is in at most one open wave and at most one open pack session.
 * Returns the breaks sorted by centre, kind and subject; none when everything holds.
 */
export function checkInvariants(rows: InvariantRows): InvariantBreak[] {
  const centre = new Map(rows.locations.map((l) => [l.id, l.name]))
  const sku = new Map(rows.items.map((i) => [i.id, i.sku]))
  const centreName = (id: string) => centre.get(id) ?? "a stock location without a name"
  const skuName = (id: string) => (sku.get(id) ? `SKU ${sku.get(id)}` : "an item without a SKU")

  const stocked = sumBy(rows.levels, (r) => r.stocked)
  const reservedCount = sumBy(rows.levels, (r) => r.reserved)
  const reservations = sumBy(rows.reservations, (r) => r.quantity)
  const backorderable = sumBy(rows.reservations, (r) => r.backorder_quantity)
  const inBins = sumBy(rows.bins, (r) => r.quantity)
  const inTotes = sumBy(rows.totes, (r) => r.quantity)

  const keys = new Map<string, LevelKey>()
  for (const row of [...rows.levels, ...rows.reservations, ...rows.bins, ...rows.totes]) {
    keys.set(keyOf(row), { stock_location_id: row.stock_location_id, inventory_item_id: row.inventory_item_id })
  }

  const breaks: InvariantBreak[] = []
  const levelBreak = (kind: InvariantBreakKind, at: LevelKey, figures: Record<string, number>, says: string) =>
    breaks.push({
      kind,
      stock_location_id: at.stock_location_id,
      inventory_item_id: at.inventory_item_id,
      order_id: null,
      figures,
      message: `${centreName(at.stock_location_id)}, ${skuName(at.inventory_item_id)}: ${says}`,
      key: `${kind}:${at.stock_location_id}:${at.inventory_item_id}`,
    })

  for (const [k, at] of keys) {
    const stock = stocked.get(k) ?? 0
    const counted = reservedCount.get(k) ?? 0
    const reserved = reservations.get(k) ?? 0
    const firm = reserved - (backorderable.get(k) ?? 0)
    const bins = inBins.get(k) ?? 0
    const totes = inTotes.get(k) ?? 0
    if (counted !== reserved) {
      levelBreak("reserved_count_mismatch", at, { reserved_quantity: counted, reservations: reserved },
        `Medusa counts ${counted} units reserved, but the orders' reservations add up to ${reserved}.`)
    }
    if (firm > stock) {
      levelBreak("reserved_over_stock", at, { stocked: stock, reserved_not_backorderable: firm, reserved: reserved },
        `orders hold ${firm} units that cannot be back-ordered, but only ${stock} are in stock; ` +
          `route those orders again or correct the stock.`)
    }
    if (bins + totes > stock) {
      levelBreak("bins_over_stock", at, { stocked: stock, in_bins: bins, in_totes: totes, unassigned: stock - bins - totes },
        `bins and totes hold ${bins + totes} units, but Medusa stocks only ${stock}; count the bins or correct the stock.`)
    }
  }

  const shipmentBreaks = (holds: ShipmentHoldRow[], kind: InvariantBreakKind, what: (n: number) => string) => {
    const byShipment = new Map<string, ShipmentHoldRow[]>()
    for (const hold of holds) {
      const k = `${hold.order_id}\u0000${hold.stock_location_id}`
      byShipment.set(k, [...(byShipment.get(k) ?? []), hold])
    }
    for (const group of byShipment.values()) {
      const holders = new Set(group.map((g) => g.holder_id)).size
      if (holders <= 1) continue
      const { order_id, order_number, stock_location_id } = group[0]
      const order = order_number != null ? `Order #${order_number}` : "An order without a number"
      breaks.push({
        kind,
        stock_location_id,
        inventory_item_id: null,
        order_id,
        figures: { holders },
        message: `${centreName(stock_location_id)}: ${order} is ${what(holders)} at once.`,
        key: `${kind}:${stock_location_id}:${order_id}`,
      })
    }
  }
  shipmentBreaks(rows.wave_claims, "shipment_in_two_waves", (n) => `in ${n} open waves`)
  shipmentBreaks(rows.pack_sessions, "shipment_in_two_pack_sessions", (n) => `in ${n} open packing sessions`)

  return breaks.sort((a, b) =>
    a.stock_location_id.localeCompare(b.stock_location_id) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)
  )
}

/** A break with other figures is news again; the same break with the same figures is not. */
export function breakFingerprint(b: InvariantBreak): string {
  const figures = Object.keys(b.figures)
    .sort()
    .map((k) => `${k}=${b.figures[k]}`)
    .join(",")
  return `${b.key}:${figures}`
}
