import { isOpen } from "./stages"

/**
 * The order's shipments already ship exactly its current lines: the open parts (live, not
 * canceled) hold, per order line, the line's quantity, and no line the order no longer has.
 * An order edit whose event is delivered again, or that changed nothing the warehouse ships
 * (an address, a shipping method), then has nothing to route.
 */
export function shipmentsMatchLines(
  shipments: readonly { stage: string; lines: readonly { line_item_id: string; quantity: number }[] | null }[],
  lines: readonly { line_item_id: string; quantity: number }[]
): boolean {
  const held = new Map<string, number>()
  for (const s of shipments) {
    if (!isOpen(s.stage)) continue
    for (const l of s.lines ?? []) held.set(l.line_item_id, (held.get(l.line_item_id) ?? 0) + Number(l.quantity))
  }
  const wanted = new Map<string, number>()
  for (const l of lines) if (l.quantity > 0) wanted.set(l.line_item_id, (wanted.get(l.line_item_id) ?? 0) + l.quantity)
  for (const [id, q] of held) if (q > 0 && wanted.get(id) !== q) return false
  for (const [id, q] of wanted) if (held.get(id) !== q) return false
  return true
}
