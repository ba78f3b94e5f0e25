import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateBins, validateLayout } from "../../../lib/warehouse"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { toLibLayout, WarehouseLayoutFields } from "../layout-shape"

export interface UpsertWarehouseLayoutInput extends WarehouseLayoutFields {
  stock_location_id: string
}

type WarehouseService = WarehouseModuleService

/**
 * Rows per query when a layout's bins are read or written. A layout may have 20,000 bins
 * (LAYOUT_LIMITS.max_bins): one query for all of them would hold the server for a long stretch
 * while the ORM builds or reads every row; batches let other requests in between.
 */
const BIN_BATCH = 100

async function inBatches<T>(rows: T[], run: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BIN_BATCH) await run(rows.slice(start, start + BIN_BATCH))
}

/** Every bin of the centre, read page by page (ordered by id, so pages do not overlap). */
async function listCentreBins(warehouse: WarehouseService, stockLocationId: string) {
  const bins: Awaited<ReturnType<WarehouseService["listBins"]>> = []
  for (let skip = 0; ; skip += BIN_BATCH) {
    const page = await warehouse.listBins({ stock_location_id: stockLocationId }, { take: BIN_BATCH, skip, order: { id: "ASC" } })
    bins.push(...page)
    if (page.length < BIN_BATCH) return bins
  }
}

/**
 * Refuses a layout whose regeneration would drop bins that still hold stock, naming them (and
 * how many units each holds). Nothing is written here.
 */
async function assertNoStockInDroppedBins(
  warehouse: WarehouseService,
  stockLocationId: string,
  wantedCodes: Set<string>
) {
  const stock = await warehouse.listBinStocks({ stock_location_id: stockLocationId }, { take: null })
  const unitsByBin = new Map<string, number>()
  for (const row of stock) {
    if (Number(row.quantity) > 0) {
      unitsByBin.set(row.bin_id, (unitsByBin.get(row.bin_id) ?? 0) + Number(row.quantity))
    }
  }
  if (!unitsByBin.size) {
    return
  }
  const bins = await warehouse.listBins({ id: [...unitsByBin.keys()] }, { take: null })
  const dropped = bins
    .filter((bin) => !wantedCodes.has(bin.code))
    .sort((a, b) => a.code.localeCompare(b.code))
  if (dropped.length) {
    const shown = dropped.slice(0, 10).map((bin) => `${bin.code} (${unitsByBin.get(bin.id)} units)`)
    const more = dropped.length > shown.length ? ` and ${dropped.length - shown.length} more` : ""
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The new layout would remove ${dropped.length} bin(s) that still hold stock: ${shown.join(", ")}${more}. ` +
        `Move that stock out first.`
    )
  }
}

export const validateWarehouseLayoutStepId = "oms-validate-warehouse-layout"

/** validateLayout from `src/lib/warehouse`, plus the "do not drop bins holding stock" rule. Read-only. */
export const validateWarehouseLayoutStep = createStep(
  validateWarehouseLayoutStepId,
  async (input: UpsertWarehouseLayoutInput, { container }) => {
    // The API takes `depot_aisle`; validateLayout speaks of the library's `depot.aisle_index`.
    const problems = validateLayout(toLibLayout(input)).map((p) => p.replace(/^depot\.aisle_index\b/, "depot_aisle"))
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid layout: ${problems.join("; ")}`)
    }
    const warehouse: WarehouseService = container.resolve(WAREHOUSE_MODULE)
    const wanted = new Set(generateBins(toLibLayout(input), input.zone_code).map((b) => b.code))
    await assertNoStockInDroppedBins(warehouse, input.stock_location_id, wanted)
    return new StepResponse(true)
  }
)

type LayoutUndo = { created_id: string | null; before: Record<string, unknown> | null }

export const upsertWarehouseLayoutStepId = "oms-upsert-warehouse-layout"

/** Creates or replaces the centre's layout (version + 1 on replace); compensation restores it. */
export const upsertWarehouseLayoutStep = createStep(
  upsertWarehouseLayoutStepId,
  async (input: UpsertWarehouseLayoutInput, { container }) => {
    const warehouse: WarehouseService = container.resolve(WAREHOUSE_MODULE)
    const [existing] = await warehouse.listWarehouseLayouts({ stock_location_id: input.stock_location_id })
    const fields = {
      stock_location_id: input.stock_location_id,
      zone_code: input.zone_code,
      aisles: input.aisles,
      bays_per_aisle: input.bays_per_aisle,
      levels: input.levels,
      bay_width_m: input.bay_width_m,
      aisle_width_m: input.aisle_width_m,
      cross_aisles: input.cross_aisles,
      cross_aisle_width_m: input.cross_aisle_width_m,
      depot_aisle: input.depot_aisle,
      metadata: input.metadata ?? null,
    }
    if (existing) {
      const updated = await warehouse.updateWarehouseLayouts({
        ...fields,
        id: existing.id,
        version: Number(existing.version ?? 1) + 1,
      } as never)
      return new StepResponse<any, LayoutUndo>(updated, { created_id: null, before: existing as never })
    }
    const created = await warehouse.createWarehouseLayouts(fields as never)
    return new StepResponse<any, LayoutUndo>(created, { created_id: created.id, before: null })
  },
  async (undo: LayoutUndo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const warehouse: WarehouseService = container.resolve(WAREHOUSE_MODULE)
    if (undo.created_id) {
      await warehouse.deleteWarehouseLayouts(undo.created_id)
    } else if (undo.before) {
      const { created_at, updated_at, deleted_at, ...before } = undo.before
      await warehouse.updateWarehouseLayouts(before as never)
    }
  }
)

export interface SyncLayoutBinsInput {
  layout: { id: string } & UpsertWarehouseLayoutInput
}

export interface SyncLayoutBinsResult {
  bins_count: number
  created: number
  updated: number
  removed: number
}

type BinsUndo = {
  created_ids: string[]
  before_updates: Record<string, unknown>[]
  removed_ids: string[]
}

/** Stored floats come back with float noise; positions are kept to the millimetre anyway. */
const samePosition = (a: number, b: number) => Math.abs(Number(a) - Number(b)) < 1e-3

async function undoBinChanges(warehouse: WarehouseService, undo: BinsUndo) {
  await inBatches(undo.removed_ids, (ids) => warehouse.restoreBins(ids))
  await inBatches(undo.before_updates, (rows) => warehouse.updateBins(rows as never))
  await inBatches(undo.created_ids, (ids) => warehouse.deleteBins(ids))
}

export const syncLayoutBinsStepId = "oms-sync-layout-bins"

/**
 * (Re)generates the centre's bins from its layout with `generateBins`: new codes are created,
 * kept codes get the new pick position and layout id (their ids, and so their stock, stay),
 * codes that no longer exist are soft-deleted, after checking again that they hold no stock.
 * Compensation deletes the created bins, restores the old positions and the removed bins.
 */
export const syncLayoutBinsStep = createStep(
  syncLayoutBinsStepId,
  async ({ layout }: SyncLayoutBinsInput, { container }) => {
    const warehouse: WarehouseService = container.resolve(WAREHOUSE_MODULE)
    const wanted = generateBins(toLibLayout(layout), layout.zone_code)
    const wantedCodes = new Set(wanted.map((b) => b.code))
    const existing = await listCentreBins(warehouse, layout.stock_location_id)
    const byCode = new Map(existing.map((b) => [b.code, b] as const))

    const toRemove = existing.filter((b) => !wantedCodes.has(b.code))
    if (toRemove.length) {
      await assertNoStockInDroppedBins(warehouse, layout.stock_location_id, wantedCodes)
    }
    const toCreate = wanted
      .filter((b) => !byCode.has(b.code))
      .map((b) => ({
        layout_id: layout.id,
        stock_location_id: layout.stock_location_id,
        code: b.code,
        zone: b.zone,
        aisle: b.aisle,
        bay: b.bay,
        level: b.level,
        side: b.side,
        x_m: b.x_m,
        y_m: b.y_m,
        block: b.block,
      }))
    const beforeUpdates: Record<string, unknown>[] = []
    const toUpdate: Record<string, unknown>[] = []
    for (const b of wanted) {
      const old = byCode.get(b.code)
      if (!old) continue
      if (
        old.layout_id !== layout.id ||
        !samePosition(old.x_m, b.x_m) ||
        !samePosition(old.y_m, b.y_m) ||
        Number(old.block) !== b.block
      ) {
        beforeUpdates.push({ id: old.id, layout_id: old.layout_id, x_m: old.x_m, y_m: old.y_m, block: old.block })
        toUpdate.push({ id: old.id, layout_id: layout.id, x_m: b.x_m, y_m: b.y_m, block: b.block })
      }
    }

    const undo: BinsUndo = { created_ids: [], before_updates: [], removed_ids: [] }
    // Undo grows with each batch written: a failure halfway undoes the batches already written.
    try {
      await inBatches(toCreate, async (batch) => {
        const created: { id: string }[] = await warehouse.createBins(batch as never[])
        undo.created_ids.push(...created.map((b) => b.id))
      })
      await inBatches(toUpdate.map((row, i) => [row, beforeUpdates[i]] as const), async (batch) => {
        await warehouse.updateBins(batch.map(([row]) => row) as never)
        undo.before_updates.push(...batch.map(([, before]) => before))
      })
      await inBatches(toRemove.map((b) => b.id), async (ids) => {
        await warehouse.softDeleteBins(ids)
        undo.removed_ids.push(...ids)
      })
    } catch (error) {
      await undoBinChanges(warehouse, undo)
      throw error
    }
    const result: SyncLayoutBinsResult = {
      bins_count: wanted.length,
      created: toCreate.length,
      updated: toUpdate.length,
      removed: toRemove.length,
    }
    return new StepResponse(result, undo)
  },
  async (undo: BinsUndo | undefined, { container }) => {
    if (!undo) {
      return
    }
    await undoBinChanges(container.resolve(WAREHOUSE_MODULE), undo)
  }
)
