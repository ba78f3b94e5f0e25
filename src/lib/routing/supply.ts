import type { CenterCandidate, LineDemand, StockView } from "./types"

interface NormalizedComponent {
  item: number
  perUnit: number
}

export interface NormalizedLine {
  id: string
  quantity: number
  components: NormalizedComponent[]
}

/**
 * The order's demand and the stock that matters to it, as flat arrays. A decision copies the stock
 * array many times (once per subset tried), so it must be cheap to copy: no nested objects.
 */
export interface SupplyModel {
  lines: NormalizedLine[]
  itemIds: string[]
  centerCount: number
  /** stock[center * itemIds.length + item], centres in input order, never negative. */
  stock: Float64Array
  /** Units of each item the whole order needs (items shared by several lines summed). */
  demand: Float64Array
}

const usableNumber = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0

function normalizeLine(line: LineDemand, itemIndex: Map<string, number>): NormalizedLine {
  // A kit may list the same item twice; summing keeps the per-item check a single comparison.
  const perItem = new Map<number, number>()
  for (const component of line.components ?? []) {
    const perUnit = usableNumber(component.required_quantity)
    if (!perUnit) continue
    let item = itemIndex.get(component.inventory_item_id)
    if (item === undefined) {
      item = itemIndex.size
      itemIndex.set(component.inventory_item_id, item)
    }
    perItem.set(item, (perItem.get(item) ?? 0) + perUnit)
  }
  return {
    id: line.line_item_id,
    // Quantities are whole units; anything else is treated as the nearest valid whole number.
    quantity: Math.floor(usableNumber(line.quantity)),
    components: [...perItem].map(([item, perUnit]) => ({ item, perUnit })),
  }
}

export function buildSupplyModel(
  lines: LineDemand[],
  centers: CenterCandidate[],
  stock: StockView
): SupplyModel {
  const itemIndex = new Map<string, number>()
  const normalized = lines.map((line) => normalizeLine(line, itemIndex))
  const itemIds = [...itemIndex.keys()]
  const flat = new Float64Array(centers.length * itemIds.length)
  centers.forEach((center, c) => {
    const levels = stock?.[center.stock_location_id]
    if (!levels) return
    itemIds.forEach((itemId, i) => {
      flat[c * itemIds.length + i] = usableNumber(levels[itemId])
    })
  })
  const demand = new Float64Array(itemIds.length)
  for (const line of normalized) {
    for (const { item, perUnit } of line.components) demand[item] += perUnit * line.quantity
  }
  return { lines: normalized, itemIds, centerCount: centers.length, stock: flat, demand }
}

/** Whole units of a line one centre can make from `stock`, capped at `wanted`. */
export function unitsAvailable(
  model: SupplyModel,
  stock: Float64Array,
  center: number,
  line: number,
  wanted: number
): number {
  let units = wanted
  const offset = center * model.itemIds.length
  for (const { item, perUnit } of model.lines[line].components) {
    units = Math.min(units, Math.floor(stock[offset + item] / perUnit))
    if (units <= 0) return 0
  }
  return units
}

export function takeUnits(
  model: SupplyModel,
  stock: Float64Array,
  center: number,
  line: number,
  units: number
) {
  const offset = center * model.itemIds.length
  for (const { item, perUnit } of model.lines[line].components) stock[offset + item] -= units * perUnit
}

/** Per line, units the centre could supply on its own from the original stock (lines independent). */
export function stockSeen(model: SupplyModel, center: number): number[] {
  return model.lines.map((line, l) => unitsAvailable(model, model.stock, center, l, line.quantity))
}

/** Whether the centre alone covers the whole order, counting items shared between lines once. */
export function canFillOrder(model: SupplyModel, center: number): boolean {
  const offset = center * model.itemIds.length
  return model.demand.every((needed, item) => model.stock[offset + item] >= needed)
}

export function totalQuantity(model: SupplyModel): number {
  return model.lines.reduce((sum, line) => sum + line.quantity, 0)
}
