/**
 * Turns a routing decision into reservation changes. Pure: the workflow step applies the
 * plan through Medusa's inventory module inside the same lock checkouts use.
 *
 * Rules:
 * - Existing reservations are reused (location and/or quantity updated) before any new one
 *   is created, so a line never ends up reserved twice.
 * - A split line gets one reservation per centre (Medusa reservations have one location).
 * - Back-ordered units stay reserved where checkout put them: the demand stays visible in
 *   Medusa's availability at a location that stocks the item, and no level is invented.
 */

export interface ExistingReservation {
  id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder?: boolean
}

export interface PlannedLine {
  line_item_id: string
  components: { inventory_item_id: string; required_quantity: number }[]
  /** Units per centre from the decision. */
  allocations: { stock_location_id: string; quantity: number }[]
  backordered: number
}

export interface ReservationPlan {
  updates: { id: string; location_id: string; quantity: number; allow_backorder?: boolean }[]
  creates: {
    line_item_id: string
    inventory_item_id: string
    location_id: string
    quantity: number
    allow_backorder: boolean
  }[]
  deletes: string[]
  /** Where back-ordered units remain reserved, per line (empty when none). */
  backorder_locations: Record<string, string>
}

export function planReservationMoves(
  lines: PlannedLine[],
  existing: ExistingReservation[]
): ReservationPlan {
  const plan: ReservationPlan = { updates: [], creates: [], deletes: [], backorder_locations: {} }

  for (const line of lines) {
    for (const component of line.components) {
      const current = existing.filter(
        (r) =>
          r.line_item_id === line.line_item_id && r.inventory_item_id === component.inventory_item_id
      )
      const desired = desiredQuantities(line, component.required_quantity, current)
      if (line.backordered > 0 && current.length) {
        plan.backorder_locations[line.line_item_id] = current[0].location_id
      }
      reconcile(line.line_item_id, component.inventory_item_id, desired, current, line, plan)
    }
  }
  return plan
}

function desiredQuantities(
  line: PlannedLine,
  requiredQuantity: number,
  current: ExistingReservation[]
): Map<string, number> {
  const desired = new Map<string, number>()
  const add = (location: string, units: number) =>
    desired.set(location, (desired.get(location) ?? 0) + units * requiredQuantity)
  for (const allocation of line.allocations) {
    if (allocation.quantity > 0) {
      add(allocation.stock_location_id, allocation.quantity)
    }
  }
  if (line.backordered > 0 && current.length) {
    add(current[0].location_id, line.backordered)
  }
  return desired
}

function reconcile(
  lineItemId: string,
  inventoryItemId: string,
  desired: Map<string, number>,
  current: ExistingReservation[],
  line: PlannedLine,
  plan: ReservationPlan
) {
  const remaining = new Map(desired)
  const free: ExistingReservation[] = []
  const backorderLocation = plan.backorder_locations[lineItemId]
  const needsBackorderFlag = (location: string) =>
    line.backordered > 0 && location === backorderLocation

  for (const reservation of current) {
    const want = remaining.get(reservation.location_id) ?? 0
    if (want <= 0) {
      free.push(reservation)
      continue
    }
    remaining.set(reservation.location_id, 0)
    const flag = needsBackorderFlag(reservation.location_id)
    if (want !== reservation.quantity || (flag && !reservation.allow_backorder)) {
      plan.updates.push({
        id: reservation.id,
        location_id: reservation.location_id,
        quantity: want,
        ...(flag ? { allow_backorder: true } : {}),
      })
    }
  }

  for (const [location, quantity] of remaining) {
    if (quantity <= 0) {
      continue
    }
    const reuse = free.shift()
    if (reuse) {
      plan.updates.push({ id: reuse.id, location_id: location, quantity })
    } else {
      plan.creates.push({
        line_item_id: lineItemId,
        inventory_item_id: inventoryItemId,
        location_id: location,
        quantity,
        allow_backorder: needsBackorderFlag(location),
      })
    }
  }
  plan.deletes.push(...free.map((r) => r.id))
}
