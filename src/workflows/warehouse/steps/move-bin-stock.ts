import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { binCapacityRefusal, unitsBinsMayTake } from "../../../lib/invariants"
import { parseBinCode } from "../../../lib/warehouse"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import type { MoveBinStockResult } from "../../../modules/warehouse/types"

export type AdminBinMoveReason = "putaway" | "move" | "adjust"

export interface MoveBinStockByCodeInput {
  stock_location_id: string
  inventory_item_id: string
  from_bin_code?: string | null
  to_bin_code?: string | null
  quantity: number
  reason: AdminBinMoveReason
  actor?: string | null
}

export interface ResolvedBinMove {
  stock_location_id: string
  inventory_item_id: string
  sku: string | null
  from_bin_id: string | null
  to_bin_id: string | null
  from_bin_code: string | null
  to_bin_code: string | null
  quantity: number
  reason: AdminBinMoveReason
  actor: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Which codes each reason takes (true = required, false = must be absent, null = either). */
const CODE_RULES: Record<AdminBinMoveReason, { from: boolean | null; to: boolean | null }> = {
  putaway: { from: false, to: true },
  move: { from: true, to: true },
  adjust: { from: null, to: null },
}

export const resolveBinCodesStepId = "oms-resolve-bin-codes"

/**
 * Turns the scanned/typed bin codes into bins of THIS centre. Malformed codes, codes of another
 * centre and unknown codes are refused with 400 naming the field and the code. Read-only.
 */
export const resolveBinCodesStep = createStep(
  resolveBinCodesStepId,
  async (input: MoveBinStockByCodeInput, { container }) => {
    const from = input.from_bin_code || null
    const to = input.to_bin_code || null
    const rule = CODE_RULES[input.reason]
    if (!rule) throw invalid(`reason must be one of putaway, move, adjust, got ${String(input.reason)}`)
    if (rule.from === true && !from) throw invalid(`a ${input.reason} needs from_bin_code`)
    if (rule.from === false && from) throw invalid(`a ${input.reason} takes no from_bin_code`)
    if (rule.to === true && !to) throw invalid(`a ${input.reason} needs to_bin_code`)
    if (rule.to === false && to) throw invalid(`a ${input.reason} takes no to_bin_code`)
    if (input.reason === "adjust" && !from === !to) {
      throw invalid("an adjust changes exactly one bin: give either from_bin_code (remove) or to_bin_code (add)")
    }
    if (from && from === to) throw invalid(`from_bin_code and to_bin_code are the same bin ${from}`)

    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const resolve = async (field: "from_bin_code" | "to_bin_code", code: string | null) => {
      if (!code) return null
      const parsed = parseBinCode(code)
      if (!parsed.ok) throw invalid(`${field} "${code}" is not a valid bin code: ${parsed.reason}`)
      const bins = await warehouse.listBins({ code })
      const here = bins.find((b) => b.stock_location_id === input.stock_location_id)
      if (here) return here.id
      if (bins.length) {
        throw invalid(
          `${field} ${code} is a bin of another centre (stock location ${bins[0].stock_location_id}), ` +
            `not of ${input.stock_location_id}`
        )
      }
      throw invalid(`${field} ${code} does not exist at this centre (stock location ${input.stock_location_id})`)
    }
    const from_bin_id = await resolve("from_bin_code", from)
    const to_bin_id = await resolve("to_bin_code", to)

    const inventory = container.resolve(Modules.INVENTORY)
    const [item] = await inventory.listInventoryItems({ id: input.inventory_item_id }, { select: ["id", "sku"] })
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${input.inventory_item_id} was not found`)
    }
    const resolved: ResolvedBinMove = {
      stock_location_id: input.stock_location_id,
      inventory_item_id: input.inventory_item_id,
      sku: item.sku ?? null,
      from_bin_id,
      to_bin_id,
      from_bin_code: from,
      to_bin_code: to,
      quantity: input.quantity,
      reason: input.reason,
      actor: input.actor ?? null,
    }
    return new StepResponse(resolved)
  }
)

/** Lock key shared by everything that adds units to an item's bins at one centre from outside them. */
export const binStockLockKey = (stockLocationId: string, inventoryItemId: string) =>
  `oms:bin-stock:${stockLocationId}:${inventoryItemId}`

const LOCK_WAIT_SECONDS = 30

/** Medusa's stocked quantity of one item at one location (0 without an inventory level). */
export async function stockedAt(container: any, stockLocationId: string, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({
    location_id: stockLocationId,
    inventory_item_id: inventoryItemId,
  })
  return levels.reduce((sum: number, level: any) => sum + Number(level.stocked_quantity ?? 0), 0)
}

type MoveUndo = { move: ResolvedBinMove; movement_id: string }

export const moveBinStockStepId = "oms-move-bin-stock"

/** Putaways and adjusts into a bin add units from outside the bins; moves only shift them. */
const addsUnitsToBins = (move: ResolvedBinMove) =>
  move.reason === "putaway" || (move.reason === "adjust" && !!move.to_bin_id)

/**
 * Calls the warehouse module's `moveBinStock` (row locks, refusals, audit row). A putaway or an
 * adjust into a bin first checks, under a lock per centre and item, that the bins and totes will
 * not hold more than Medusa stocks there: two additions of the last unassigned units cannot both
 * pass the check. Compensation: the reverse movement.
 */
export const moveBinStockStep = createStep(
  moveBinStockStepId,
  async (move: ResolvedBinMove, { container }) => {
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const doMove = () =>
      warehouse.moveBinStock({
        stock_location_id: move.stock_location_id,
        inventory_item_id: move.inventory_item_id,
        from_bin_id: move.from_bin_id,
        to_bin_id: move.to_bin_id,
        quantity: move.quantity,
        reason: move.reason,
        actor: move.actor,
      })
    let result: MoveBinStockResult
    if (addsUnitsToBins(move)) {
      const locking = container.resolve(Modules.LOCKING)
      result = await locking.execute(
        binStockLockKey(move.stock_location_id, move.inventory_item_id),
        async () => {
          const stocked = await stockedAt(container, move.stock_location_id, move.inventory_item_id)
          const rows = await warehouse.unassignedStock(move.stock_location_id, {
            [move.inventory_item_id]: stocked,
          })
          const mayTake = unitsBinsMayTake(rows[move.inventory_item_id] ?? { stocked, in_bins: 0, in_totes: 0 })
          if (move.quantity > mayTake) {
            throw invalid(
              binCapacityRefusal({
                sku: move.sku ?? move.inventory_item_id,
                quantity: move.quantity,
                may_take: mayTake,
                stocked,
                verb: move.reason === "putaway" ? "put away" : `add to bin ${move.to_bin_code}`,
              })
            )
          }
          return await doMove()
        },
        { timeout: LOCK_WAIT_SECONDS }
      )
    } else {
      result = await doMove()
    }
    return new StepResponse({ ...result, ...move }, { move, movement_id: result.movement_id } as MoveUndo)
  },
  async (undo: MoveUndo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const { move } = undo
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    // The reverse: a move goes back; a putaway or an adjust-in is taken out again; an adjust-out put back.
    const reverse =
      move.reason === "move"
        ? { reason: "move" as const, from_bin_id: move.to_bin_id, to_bin_id: move.from_bin_id }
        : move.to_bin_id
          ? { reason: "adjust" as const, from_bin_id: move.to_bin_id, to_bin_id: null }
          : { reason: "adjust" as const, from_bin_id: null, to_bin_id: move.from_bin_id }
    await warehouse.moveBinStock({
      stock_location_id: move.stock_location_id,
      inventory_item_id: move.inventory_item_id,
      quantity: move.quantity,
      actor: `compensation of ${undo.movement_id}`,
      ...reverse,
    })
  }
)
