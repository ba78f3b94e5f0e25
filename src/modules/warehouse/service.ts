import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Bin from "./models/bin"
import BinMovement from "./models/bin-movement"
import BinStock from "./models/bin-stock"
import Carton from "./models/carton"
import PackSession from "./models/pack-session"
import PickLine from "./models/pick-line"
import WarehouseLayout from "./models/warehouse-layout"
import Wave from "./models/wave"
import WaveOrder from "./models/wave-order"
import {
  BIN_MOVEMENT_REASONS,
  BINS_HOLD_MORE,
  MoveBinStockInput,
  MoveBinStockResult,
  UnassignedStockRow,
} from "./types"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

/**
 * Picked units of claims not packed yet: out of the bins, still in Medusa's stocked quantity.
 * (`from … where …`, open for more conditions on `pl` and `wo`.)
 */
const UNITS_IN_TOTES = `from oms_pick_line pl
         join oms_wave_order wo
           on wo.wave_id = pl.wave_id and wo.order_id = pl.order_id and wo.deleted_at is null
        where pl.deleted_at is null and pl.picked_quantity > 0 and wo.status in ('waiting', 'picked')`

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Bins each movement reason needs (true = required, false = must be absent, null = either). */
const BIN_RULES: Record<MoveBinStockInput["reason"], { from: boolean | null; to: boolean | null }> = {
  putaway: { from: false, to: true },
  pick: { from: true, to: false },
  move: { from: true, to: true },
  adjust: { from: null, to: null },
}

class WarehouseModuleService extends MedusaService({
  WarehouseLayout,
  Bin,
  BinStock,
  BinMovement,
  Carton,
  Wave,
  WaveOrder,
  PickLine,
  PackSession,
}) {
  /**
   * Medusa's stocked quantity per item at one location against what the bins there hold.
   * `stockedByItem` comes from the caller (Medusa's inventory levels): this module reads only
   * its own tables. Items found in bins but missing from `stockedByItem` count as stocked 0,
   * so bins holding an item Medusa does not stock there show up as a problem too.
   */
  @InjectManager()
  async unassignedStock(
    stockLocationId: string,
    stockedByItem: Record<string, number>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, UnassignedStockRow>> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `select inventory_item_id, sum(quantity)::int as in_bins
         from oms_bin_stock
        where deleted_at is null and stock_location_id = ?
        group by inventory_item_id`,
      [stockLocationId]
    )
    const totes = await manager.execute(
      `select pl.inventory_item_id, sum(pl.picked_quantity)::int as in_totes
         ${UNITS_IN_TOTES}
          and wo.stock_location_id = ?
        group by pl.inventory_item_id`,
      [stockLocationId]
    )
    const inBins = new Map(rows.map((r) => [r.inventory_item_id as string, Number(r.in_bins)]))
    const inTotes = new Map(totes.map((r) => [r.inventory_item_id as string, Number(r.in_totes)]))
    const result: Record<string, UnassignedStockRow> = {}
    for (const itemId of new Set([...Object.keys(stockedByItem), ...inBins.keys(), ...inTotes.keys()])) {
      const stocked = Number(stockedByItem[itemId] ?? 0)
      const in_bins = inBins.get(itemId) ?? 0
      const in_totes = inTotes.get(itemId) ?? 0
      const unassigned = stocked - in_bins - in_totes
      result[itemId] = { stocked, in_bins, in_totes, unassigned, problem: unassigned < 0 ? BINS_HOLD_MORE : null }
    }
    return result
  }

  /**
   * Units held in bins and in totes for the given centre × item pairs only (any number of
   * centres), so a caller checking a page of Medusa's inventory levels reads just that page.
   */
  @InjectManager()
  async heldUnits(
    pairs: { stock_location_id: string; inventory_item_id: string }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ stock_location_id: string; inventory_item_id: string; in_bins: number; in_totes: number }[]> {
    if (!pairs.length) return []
    const manager = sharedContext.manager as unknown as SqlManager
    // the pairs as one JSON value joined as rows: 1000 `(a, b) in (...)` tuples cost far more to plan than to run
    const params = [JSON.stringify(pairs.map((p) => ({ l: p.stock_location_id, i: p.inventory_item_id })))]
    const bins = await manager.execute(
      `select stock_location_id, inventory_item_id, sum(quantity)::int as units
         from oms_bin_stock
         join jsonb_to_recordset(?::jsonb) as wanted(l text, i text) on stock_location_id = wanted.l and inventory_item_id = wanted.i
        where deleted_at is null
        group by stock_location_id, inventory_item_id`,
      params
    )
    const totes = await manager.execute(
      `select wo.stock_location_id, pl.inventory_item_id, sum(pl.picked_quantity)::int as units
         ${UNITS_IN_TOTES}
          and (wo.stock_location_id, pl.inventory_item_id) in (select l, i from jsonb_to_recordset(?::jsonb) as wanted(l text, i text))
        group by wo.stock_location_id, pl.inventory_item_id`,
      params
    )
    const unitsOf = (rows: Record<string, unknown>[]) =>
      new Map(rows.map((r) => [`${r.stock_location_id}|${r.inventory_item_id}`, Number(r.units)]))
    const [inBins, inTotes] = [unitsOf(bins), unitsOf(totes)]
    return pairs.map((p) => {
      const key = `${p.stock_location_id}|${p.inventory_item_id}`
      return { ...p, in_bins: inBins.get(key) ?? 0, in_totes: inTotes.get(key) ?? 0 }
    })
  }

  /**
   * Moves units of one item into, out of or between bins of one stock location, and writes the
   * movement row, all in one transaction: a refusal (MedusaError INVALID_DATA, or NOT_FOUND for
   * an unknown bin) changes nothing.
   */
  @InjectManager()
  async moveBinStock(
    input: MoveBinStockInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MoveBinStockResult> {
    return await this.moveBinStock_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async moveBinStock_(
    input: MoveBinStockInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MoveBinStockResult> {
    const { stock_location_id, inventory_item_id, quantity, reason } = input
    const fromBinId = input.from_bin_id || null
    const toBinId = input.to_bin_id || null

    if (typeof stock_location_id !== "string" || !stock_location_id) {
      throw invalid("stock_location_id is required")
    }
    if (typeof inventory_item_id !== "string" || !inventory_item_id) {
      throw invalid("inventory_item_id is required")
    }
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity <= 0) {
      throw invalid(`quantity must be a positive whole number of units, got ${String(quantity)}`)
    }
    if (!BIN_MOVEMENT_REASONS.includes(reason)) {
      throw invalid(`reason must be one of ${BIN_MOVEMENT_REASONS.join(", ")}, got ${String(reason)}`)
    }
    const rule = BIN_RULES[reason]
    if (rule.from === true && !fromBinId) throw invalid(`a ${reason} needs from_bin_id`)
    if (rule.from === false && fromBinId) throw invalid(`a ${reason} takes no from_bin_id`)
    if (rule.to === true && !toBinId) throw invalid(`a ${reason} needs to_bin_id`)
    if (rule.to === false && toBinId) throw invalid(`a ${reason} takes no to_bin_id`)
    if (reason === "adjust" && !fromBinId === !toBinId) {
      throw invalid("an adjust changes exactly one bin: give either from_bin_id (remove) or to_bin_id (add)")
    }
    if (fromBinId && fromBinId === toBinId) {
      throw invalid("from_bin_id and to_bin_id are the same bin")
    }

    const manager = sharedContext.transactionManager as unknown as SqlManager
    const binIds = [fromBinId, toBinId].filter((id): id is string => !!id)

    const bins = await manager.execute(
      `select id, code, stock_location_id, active from oms_bin
        where deleted_at is null and id in (${binIds.map(() => "?").join(", ")})`,
      binIds
    )
    const binById = new Map(bins.map((b) => [b.id as string, b]))
    for (const id of binIds) {
      const bin = binById.get(id)
      if (!bin) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bin ${id} was not found`)
      }
      if (bin.stock_location_id !== stock_location_id) {
        throw invalid(
          `Bin ${bin.code} belongs to stock location ${bin.stock_location_id}, not ${stock_location_id}`
        )
      }
    }
    if (toBinId && binById.get(toBinId)!.active === false) {
      throw invalid(`Bin ${binById.get(toBinId)!.code} is inactive and takes no new stock`)
    }

    /*
     * Lock the item's stock rows of both bins before reading them (SELECT ... FOR UPDATE).
     * Without it two concurrent moves could both read "5 units in the from-bin", both take the
     * last 5 and leave the bin at -5 (or, with the check constraint, fail late and unclearly).
     * With it the second transaction waits at this SELECT until the first commits, then reads
     * the committed quantity (READ COMMITTED re-checks the locked row: an emptied row that was
     * deleted simply disappears) and is refused with a clear message. The rows are locked in
     * one statement ordered by bin_id, so an A→B and a B→A move of the same item lock in the
     * same order and cannot deadlock. A to-bin row that does not exist yet cannot be locked;
     * the upsert below relies on the unique (bin_id, inventory_item_id) index instead:
     * concurrent inserts of the same row wait for each other and add up.
     */
    const locked = await manager.execute(
      `select id, bin_id, quantity from oms_bin_stock
        where deleted_at is null and inventory_item_id = ? and bin_id in (${binIds.map(() => "?").join(", ")})
        order by bin_id
        for update`,
      [inventory_item_id, ...binIds]
    )
    const stockByBin = new Map(locked.map((r) => [r.bin_id as string, r]))

    let fromQuantity: number | null = null
    if (fromBinId) {
      const row = stockByBin.get(fromBinId)
      const held = row ? Number(row.quantity) : 0
      if (held < quantity) {
        throw invalid(
          `Bin ${binById.get(fromBinId)!.code} holds ${held} unit(s) of ${inventory_item_id}; cannot take ${quantity}`
        )
      }
      fromQuantity = held - quantity
      if (fromQuantity === 0) {
        await manager.execute(`delete from oms_bin_stock where id = ?`, [row!.id])
      } else {
        await manager.execute(
          `update oms_bin_stock set quantity = quantity - ?, updated_at = now() where id = ?`,
          [quantity, row!.id]
        )
      }
    }

    let toQuantity: number | null = null
    if (toBinId) {
      const [row] = await manager.execute(
        `insert into oms_bin_stock (id, bin_id, stock_location_id, inventory_item_id, quantity)
         values (?, ?, ?, ?, ?)
         on conflict (bin_id, inventory_item_id) where deleted_at is null
         do update set quantity = oms_bin_stock.quantity + excluded.quantity, updated_at = now()
         returning quantity`,
        [generateEntityId(undefined, "binstk"), toBinId, stock_location_id, inventory_item_id, quantity]
      )
      toQuantity = Number(row.quantity)
    }

    const movement = await this.createBinMovements(
      {
        stock_location_id,
        inventory_item_id,
        from_bin_id: fromBinId,
        to_bin_id: toBinId,
        quantity,
        reason,
        actor: input.actor ?? null,
        at: new Date(),
      },
      sharedContext
    )

    return { movement_id: movement.id, from_quantity: fromQuantity, to_quantity: toQuantity }
  }

  /**
   * A count of one bin that can only lower its record: after it the bin holds at most `keep`
   * units of the item. The difference leaves as an "adjust" movement; returns the units written
   * off (0 when the record already holds `keep` or fewer). The row is locked before it is read,
   * so two counts of the same bin at once write off the units once.
   */
  @InjectTransactionManager()
  async writeOffBinStock(
    input: { stock_location_id: string; bin_id: string; inventory_item_id: string; keep: number; actor?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ written_off: number; movement_id: string | null }> {
    if (!Number.isInteger(input.keep) || input.keep < 0) {
      throw invalid(`keep must be a whole number of units, 0 or more, got ${String(input.keep)}`)
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [row] = await manager.execute(
      `select quantity from oms_bin_stock
        where deleted_at is null and bin_id = ? and inventory_item_id = ? and stock_location_id = ?
        for update`,
      [input.bin_id, input.inventory_item_id, input.stock_location_id]
    )
    const excess = (row ? Number(row.quantity) : 0) - input.keep
    if (excess <= 0) return { written_off: 0, movement_id: null }
    const moved = await this.moveBinStock_(
      {
        stock_location_id: input.stock_location_id,
        inventory_item_id: input.inventory_item_id,
        from_bin_id: input.bin_id,
        quantity: excess,
        reason: "adjust",
        actor: input.actor ?? null,
      },
      sharedContext
    )
    return { written_off: excess, movement_id: moved.movement_id }
  }
}

export default WarehouseModuleService
