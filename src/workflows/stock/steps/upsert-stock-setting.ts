import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTING_FIELDS, type SettingField } from "../../../lib/stock"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type StockSettingChange = {
  stock_location_id: string
  inventory_item_id?: string | null
  updated_by?: string | null
} & Partial<Record<SettingField, number | null>>

type Stored = Record<string, any> | null

/**
 * Writes a centre's or a SKU's override: a field given as null is cleared, a field left out is
 * kept; an override left with no field set is removed. Compensation puts the previous row back.
 */
export const upsertStockSettingStep = createStep(
  "oms-upsert-stock-setting",
  async (change: StockSettingChange, { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const scope = { stock_location_id: change.stock_location_id, inventory_item_id: change.inventory_item_id ?? null }
    const [previous] = (await stock.listStockSettings(scope as any)) as Stored[]
    const next: Record<string, number | null> = {}
    for (const field of SETTING_FIELDS) next[field] = field in change ? (change[field] ?? null) : (previous?.[field] ?? null)
    const empty = SETTING_FIELDS.every((f) => next[f] === null)
    if (previous && empty) await stock.deleteStockSettings(previous.id)
    else if (previous) await stock.updateStockSettings({ id: previous.id, ...next, updated_by: change.updated_by ?? null } as any)
    else if (!empty) await stock.createStockSettings({ ...scope, ...next, updated_by: change.updated_by ?? null } as any)
    return new StepResponse({ ...scope, ...next }, { previous: previous ?? null, scope })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const [current] = (await stock.listStockSettings(undo.scope as any)) as Stored[]
    if (current) await stock.deleteStockSettings(current.id)
    if (!undo.previous) return
    const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...fields } = undo.previous
    await stock.createStockSettings(fields as any)
  }
)
