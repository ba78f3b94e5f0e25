/**
 * Turns a routing decision into changes to an order's shipments (one per order × centre, plus
 * one without a centre for the back-ordered units). Pure; the routing step applies the plan and
 * the stage machine checks every move.
 *
 * - A centre kept by the decision keeps its shipment (lines updated, action "route").
 * - A centre the decision dropped has its shipment superseded ("reroute_away").
 * - A new centre gets a new shipment; back-ordered units get the centre-less shipment.
 * - Pinned shipments (parts already in progress elsewhere, e.g. packed, or another centre's part
 *   in a wave while one centre's short pick is re-routed) are left exactly as they are.
 */
export interface ShipmentLine {
  line_item_id: string
  quantity: number
}

export interface ExistingShipment {
  id: string
  stock_location_id: string | null
  lines: ShipmentLine[]
}

export interface DecidedPart {
  stock_location_id: string
  items: ShipmentLine[]
}

export type ShipmentChange =
  | { kind: "create"; stock_location_id: string | null; lines: ShipmentLine[]; backordered: boolean }
  | { kind: "route"; shipment_id: string; stock_location_id: string | null; lines: ShipmentLine[]; backordered: boolean }
  | { kind: "supersede"; shipment_id: string; stock_location_id: string | null }

export function planShipments(
  existing: readonly ExistingShipment[],
  parts: readonly DecidedPart[],
  backordered: readonly ShipmentLine[],
  pinnedIds: ReadonlySet<string> = new Set()
): ShipmentChange[] {
  const wanted = new Map<string | null, ShipmentLine[]>()
  for (const part of parts) {
    const lines = mergeLines([...(wanted.get(part.stock_location_id) ?? []), ...part.items])
    if (lines.length) wanted.set(part.stock_location_id, lines)
  }
  const waiting = mergeLines(backordered)
  if (waiting.length) wanted.set(null, waiting)

  const changes: ShipmentChange[] = []
  const covered = new Set<string | null>()
  for (const shipment of existing) {
    if (pinnedIds.has(shipment.id)) continue
    const lines = wanted.get(shipment.stock_location_id)
    if (lines) {
      covered.add(shipment.stock_location_id)
      changes.push({
        kind: "route",
        shipment_id: shipment.id,
        stock_location_id: shipment.stock_location_id,
        lines,
        backordered: shipment.stock_location_id === null,
      })
    } else {
      changes.push({ kind: "supersede", shipment_id: shipment.id, stock_location_id: shipment.stock_location_id })
    }
  }
  for (const [location, lines] of wanted) {
    if (covered.has(location)) continue
    changes.push({ kind: "create", stock_location_id: location, lines, backordered: location === null })
  }
  return changes
}

/** One entry per line item, quantities summed, zero quantities dropped, sorted for stable output. */
export function mergeLines(lines: readonly ShipmentLine[]): ShipmentLine[] {
  const totals = new Map<string, number>()
  for (const l of lines) totals.set(l.line_item_id, (totals.get(l.line_item_id) ?? 0) + l.quantity)
  return [...totals]
    .filter(([, q]) => q > 0)
    .map(([line_item_id, quantity]) => ({ line_item_id, quantity }))
    .sort((a, b) => a.line_item_id.localeCompare(b.line_item_id))
}
