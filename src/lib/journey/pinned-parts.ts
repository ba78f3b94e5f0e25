/**
 * A re-route that leaves some shipments where they are (parts already packed or shipped, or
 * another centre's part in a wave while one centre's short pick is routed again). Pure: the
 * routing step routes only what is left, over the other centres, and never touches the pinned
 * parts' reservations.
 */
export interface PinnedPart {
  stock_location_id: string
  lines: { line_item_id: string; quantity: number }[]
  /** Medusa still holds a reservation for these units (the part is not fulfilled yet). */
  reserved: boolean
}

interface Line {
  line_item_id: string
  quantity: number
  components: { inventory_item_id: string; required_quantity: number }[]
}

interface Reservation {
  id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
}

const pinnedUnits = (pinned: readonly PinnedPart[], lineId: string, location?: string) =>
  pinned
    .filter((p) => location === undefined || p.stock_location_id === location)
    .flatMap((p) => p.lines)
    .filter((l) => l.line_item_id === lineId)
    .reduce((s, l) => s + l.quantity, 0)

/** The order's lines minus the units pinned parts ship; lines left with nothing are dropped. */
export function remainingLines<L extends Line>(lines: readonly L[], pinned: readonly PinnedPart[]): L[] {
  return lines
    .map((l) => ({ ...l, quantity: l.quantity - pinnedUnits(pinned, l.line_item_id) }))
    .filter((l) => l.quantity > 0)
}

/**
 * The reservations routing may move: at a pinned centre that still holds its part's reservation,
 * the pinned units are kept out (`offset`), so only units beyond them (e.g. back-ordered units
 * Medusa reserved there) can move. `offset` is what the applied change must leave in place.
 */
export function movableReservations<R extends Reservation>(
  reservations: readonly R[],
  lines: readonly Line[],
  pinned: readonly PinnedPart[]
): { reservation: R; offset: number }[] {
  const out: { reservation: R; offset: number }[] = []
  const left = new Map<string, number>() // pinned units not yet matched, per line × item × centre
  for (const p of pinned.filter((x) => x.reserved)) {
    for (const pl of p.lines) {
      const line = lines.find((l) => l.line_item_id === pl.line_item_id)
      for (const c of line?.components ?? []) {
        const key = `${pl.line_item_id}|${c.inventory_item_id}|${p.stock_location_id}`
        left.set(key, (left.get(key) ?? 0) + pl.quantity * c.required_quantity)
      }
    }
  }
  for (const r of reservations) {
    const key = `${r.line_item_id}|${r.inventory_item_id}|${r.location_id}`
    const offset = Math.min(left.get(key) ?? 0, Number(r.quantity))
    if (offset) left.set(key, (left.get(key) ?? 0) - offset)
    if (Number(r.quantity) - offset > 0) out.push({ reservation: { ...r, quantity: Number(r.quantity) - offset }, offset })
  }
  return out
}
