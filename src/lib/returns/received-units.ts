/** One action of a Medusa order change (`order_change_action`): what it did and to which item. */
export interface ReceiptAction {
  action: string
  details?: { reference_id?: string | null; quantity?: number | string | null } | null
}

export interface ReceivedUnits {
  /** Units back at the warehouse, fine or damaged. */
  received: number
  /** Of those, units dismissed as damaged. */
  damaged: number
}

export const RECEIVE_ACTIONS = ["RECEIVE_RETURN_ITEM", "RECEIVE_DAMAGED_RETURN_ITEM"] as const

/**
 * Units received per returned order line over every confirmed receipt of one return. Medusa
 * 2.21 writes `return_item.received_quantity` and `damaged_quantity` from the latest receipt
 * alone (a return received in two parcels keeps only the second one's counts), so the totals
 * are added up from the receipts' actions, keyed by the order line (`details.reference_id`).
 * A damaged unit is received too.
 */
export function receivedUnits(actions: readonly ReceiptAction[]): Map<string, ReceivedUnits> {
  const units = new Map<string, ReceivedUnits>()
  for (const a of actions) {
    const itemId = a.details?.reference_id
    const quantity = Number(a.details?.quantity ?? 0)
    if (!itemId || !Number.isFinite(quantity) || quantity <= 0) continue
    if (!(RECEIVE_ACTIONS as readonly string[]).includes(a.action)) continue
    const u = units.get(itemId) ?? { received: 0, damaged: 0 }
    u.received += quantity
    if (a.action === "RECEIVE_DAMAGED_RETURN_ITEM") u.damaged += quantity
    units.set(itemId, u)
  }
  return units
}

/**
 * What a returned group's rows say came back, given its units received (damaged included):
 * a group kept whole ("all"), its damaged part (every damaged unit was received) or its intact
 * part (the received units that were not damaged). Never more than the part's own units.
 */
export function receivedOfPart(part: "all" | "damaged" | "intact", quantity: number, units: ReceivedUnits): number {
  const n = part === "all" ? units.received : part === "damaged" ? units.damaged : units.received - units.damaged
  return Math.max(0, Math.min(quantity, n))
}
