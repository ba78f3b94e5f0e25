import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideRouting } from "../../lib/routing"
import { RoutingDecision } from "../../lib/routing/types"
import { buildStockView } from "../../lib/routing-input"
import { PlannedLine, planReservationMoves, ReservationPlan } from "../../lib/reservations"
import type { RoutingContext } from "./load-routing-context"
import { executeInKeyOrder } from "../../lib/locking"
import { movableReservations, PinnedPart, remainingLines } from "../../lib/journey"

export interface AllocateOrderInput {
  context: RoutingContext
  target_location_id?: string | null
  /** Parts a re-route leaves where they are: only the rest is routed, over the other centres. */
  pinned?: PinnedPart[]
}

export interface AllocationResult {
  decision: RoutingDecision
  duration_ms: number
  plan: ReservationPlan
}

type Reservation = {
  id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
}

interface Undo {
  inventory_item_ids: string[]
  updated: Reservation[]
  created_ids: string[]
  deleted: Reservation[]
}

export const allocateOrderStepId = "oms-allocate-order"

/**
 * Reads stock, decides and moves the order's reservations in one critical section, holding the
 * same inventory-item lock keys Medusa's checkout uses (reserveInventoryStep), so a checkout and
 * a routing decision can never both take the last units. Medusa's reservation steps are not
 * reused here because they take those keys themselves: inside our lock they would wait forever.
 */
export const allocateOrderStep = createStep(
  allocateOrderStepId,
  async ({ context, target_location_id, pinned = [] }: AllocateOrderInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = context.inventory_item_ids
    // Medusa's own keys only, one at a time in sorted order (see executeInKeyOrder): Medusa's
    // reservation re-checks availability under them, so a move and a reservation never both take
    // the last units. A move that lands between a checkout's availability read and its
    // reservation can only make that checkout's chosen centre short; the checkout route then
    // completes the cart again (src/api/store/carts/[id]/complete).

    const lines = remainingLines(context.lines, pinned)
    const pinnedAt = new Set(pinned.map((p) => p.stock_location_id))
    const centers = context.centers.filter((c) => !pinnedAt.has(c.stock_location_id))

    const critical = async () => {
      const all = (await inventory.listReservationItems(
        { line_item_id: context.line_item_ids },
        { take: null }
      )) as unknown as Reservation[]
      // a pinned part's own reservation is not ours to move: routing sees only the rest
      const movable = movableReservations(all, context.lines, pinned)
      const reservations = movable.map((m) => m.reservation)
      const offsets = new Map(movable.filter((m) => m.offset > 0).map((m) => [m.reservation.id, m.offset]))
      const levels = keys.length
        ? await inventory.listInventoryLevels(
            {
              inventory_item_id: keys,
              location_id: context.centers.map((c) => c.stock_location_id),
            },
            { take: null }
          )
        : []
      const stock = buildStockView(levels as never, reservations)

      const started = process.hrtime.bigint()
      const decision = decideRouting({
        order_id: context.order.id,
        strategy: context.strategy,
        destination: context.destination,
        lines,
        centers,
        stock,
        max_shipments: context.max_shipments,
        forced_location_id: target_location_id ?? null,
        costs: context.costs,
        sla_days: context.sla_days,
        now: new Date().toISOString(),
      })
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6

      const plan = planReservationMoves(toPlannedLines(lines, decision), reservations)
      const undo = await applyPlan(inventory, plan, reservations, keys, offsets)
      return { result: { decision, duration_ms: durationMs, plan }, undo }
    }

    const { result, undo } = keys.length
      ? await executeInKeyOrder(locking, [keys], critical, { timeout: 30 })
      : await critical()
    return new StepResponse<AllocationResult, Undo>(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const revert = () => revertPlan(inventory, undo)
    if (undo.inventory_item_ids.length) {
      const ids = undo.inventory_item_ids
      await executeInKeyOrder(locking, [ids], revert, { timeout: 30 })
    } else {
      await revert()
    }
  }
)

function toPlannedLines(lines: RoutingContext["lines"], decision: RoutingDecision): PlannedLine[] {
  return lines.map((line) => ({
    line_item_id: line.line_item_id,
    components: line.components,
    allocations: decision.allocations.flatMap((a) =>
      a.items
        .filter((i) => i.line_item_id === line.line_item_id)
        .map((i) => ({ stock_location_id: a.stock_location_id, quantity: i.quantity }))
    ),
    backordered: decision.backordered
      .filter((b) => b.line_item_id === line.line_item_id)
      .reduce((sum, b) => sum + b.quantity, 0),
  }))
}

/**
 * `offsets`: units of a reservation that belong to a pinned part (see `movableReservations`);
 * the plan was made without them, so they are added back and never moved or deleted.
 */
async function applyPlan(
  inventory: any,
  plan: ReservationPlan,
  reservations: Reservation[],
  keys: string[],
  offsets: Map<string, number> = new Map()
): Promise<Undo> {
  const byId = new Map(reservations.map((r) => [r.id, r]))
  const offset = (id: string) => offsets.get(id) ?? 0
  const real = (r: Reservation) => ({ ...r, quantity: Number(r.quantity) + offset(r.id) })
  const undo: Undo = { inventory_item_ids: keys, updated: [], created_ids: [], deleted: [] }
  /*
   * A reservation that changes location is deleted and created anew instead of updated:
   * Medusa 2.21's updateReservationItems adds the units to the new location's reserved
   * quantity but never takes them off the old one (it only loads the new location's level),
   * so the old centre would look reserved for good. Delete and create adjust both levels.
   */
  const moved = plan.updates.filter((u) => u.location_id !== byId.get(u.id)!.location_id)
  const resized = [
    ...plan.updates.filter((u) => u.location_id === byId.get(u.id)!.location_id).map((u) => ({ ...u, quantity: u.quantity + offset(u.id) })),
    // a pinned part's units stay where they are: shrink to them instead of moving or deleting
    ...[...plan.deletes, ...moved.map((u) => u.id)]
      .filter((id) => offset(id) > 0)
      .map((id) => ({ id, location_id: byId.get(id)!.location_id, quantity: offset(id) })),
  ]
  const deletes = [...plan.deletes, ...moved.map((u) => u.id)].filter((id) => offset(id) === 0)
  const creates = [
    ...moved.map((u) => {
      const before = byId.get(u.id)!
      return {
        line_item_id: before.line_item_id,
        inventory_item_id: before.inventory_item_id,
        location_id: u.location_id,
        quantity: u.quantity,
        allow_backorder: u.allow_backorder ?? before.allow_backorder,
        description: "medusa-oms routing move",
      }
    }),
    ...plan.creates.map((c) => ({ ...c, description: "medusa-oms routing split" })),
  ]
  try {
    // Shrink first, then delete, create last: the freed units are then visible to the creates.
    if (resized.length) {
      undo.updated = resized.map((u) => real(byId.get(u.id)!))
      await inventory.updateReservationItems(resized)
    }
    if (deletes.length) {
      undo.deleted = deletes.map((id) => real(byId.get(id)!))
      await inventory.deleteReservationItems(deletes)
    }
    if (creates.length) {
      const created = await inventory.createReservationItems(creates)
      undo.created_ids = created.map((r: { id: string }) => r.id)
    }
  } catch (error) {
    await revertPlan(inventory, undo)
    throw error
  }
  return undo
}

async function revertPlan(inventory: any, undo: Undo) {
  if (undo.created_ids.length) {
    await inventory.deleteReservationItems(undo.created_ids)
  }
  if (undo.deleted.length) {
    await inventory.createReservationItems(
      undo.deleted.map((r) => ({
        line_item_id: r.line_item_id,
        inventory_item_id: r.inventory_item_id,
        location_id: r.location_id,
        quantity: Number(r.quantity),
        allow_backorder: r.allow_backorder,
      }))
    )
  }
  if (undo.updated.length) {
    // only same-location resizes are ever updated (see applyPlan), so this reverts them exactly
    await inventory.updateReservationItems(
      undo.updated.map((r) => ({
        id: r.id,
        quantity: Number(r.quantity),
        allow_backorder: r.allow_backorder,
      }))
    )
  }
}
