import type { LineComponent, StockView } from "../../src/lib/routing"
import type { DemoCenter } from "../../src/scripts/demo-data/demo-centers"
import { randomInt, type Random } from "./prng"

export interface Product {
  id: string
  components: LineComponent[]
  /** Relative popularity (Zipf-like: a few best-sellers, a long tail). */
  weight: number
  /** Packed shipping weight of one unit, grams (what the cost strategy prices per kg). */
  unit_weight_g: number
}

/** 150 g to ~3 kg, spread over the range without a pattern the router could exploit. */
const itemGrams = (i: number) => 150 + ((i * 7919) % 29) * 100

export const ITEM_COUNT = 50

/** 50 single-item products plus a few bundles built from them. */
export function buildCatalogue(): Product[] {
  const items = Array.from({ length: ITEM_COUNT }, (_, i) => ({
    id: `sku-${String(i + 1).padStart(2, "0")}`,
    components: [{ inventory_item_id: `inv-${String(i + 1).padStart(2, "0")}`, required_quantity: 1 }],
    weight: 1 / Math.pow(i + 1, 0.8),
    unit_weight_g: itemGrams(i),
  }))
  const bundles: Product[] = [
    [0, 5],
    [1, 2, 9],
    [3, 12],
    [7, 7, 20],
  ].map((parts, b) => {
    const perItem = new Map<string, number>()
    for (const p of parts) {
      const itemId = items[p].components[0].inventory_item_id
      perItem.set(itemId, (perItem.get(itemId) ?? 0) + 1)
    }
    return {
      id: `bundle-${b + 1}`,
      components: [...perItem].map(([inventory_item_id, required_quantity]) => ({ inventory_item_id, required_quantity })),
      weight: 0.15,
      unit_weight_g: parts.reduce((sum, p) => sum + items[p].unit_weight_g, 0),
    }
  })
  return [...items, ...bundles]
}

/**
 * Share of the expected national daily demand each centre stocks. Regional centres hold about 1.5x
 * what their own region (the cities closest to them) orders per day; Jakarta is also the national
 * hub. Roughly 56% / 19% / 13% / 12% of demand is closest to Jakarta / Surabaya / Medan / Makassar.
 */
const STOCK_SHARE: Record<string, number> = {
  "demo-jakarta": 0.9,
  "demo-surabaya": 0.3,
  "demo-medan": 0.2,
  "demo-makassar": 0.2,
}

export interface AssortmentGaps {
  /** Share of the range each non-Jakarta centre does not carry at all. */
  missingShare: number
  /** Long-tail items carried by a single centre only (spread round-robin over the centres). */
  singleCentreItems: number
}

/**
 * Opening stock per centre. Uneven on purpose: quantities vary 0.5x-1.5x around each centre's
 * share, the regional centres are thinner than Jakarta, and some items exist in one centre only.
 */
export function buildOpeningStock(
  centers: DemoCenter[],
  catalogue: Product[],
  ordersPerDay: number,
  random: Random,
  gaps: AssortmentGaps
): StockView {
  const demand = new Map<string, number>()
  const totalWeight = catalogue.reduce((sum, p) => sum + p.weight, 0)
  const unitsPerOrder = 2.5 * 2 // mean lines per order x mean quantity per line
  for (const product of catalogue) {
    for (const c of product.components) {
      const units = (ordersPerDay * unitsPerOrder * product.weight * c.required_quantity) / totalWeight
      demand.set(c.inventory_item_id, (demand.get(c.inventory_item_id) ?? 0) + units)
    }
  }
  const stock: StockView = {}
  const itemIds = [...demand.keys()]
  for (const [index, center] of centers.entries()) {
    const levels: Record<string, number> = {}
    for (const [i, itemId] of itemIds.entries()) {
      const regionalOwner = i >= ITEM_COUNT - gaps.singleCentreItems ? centers[i % centers.length] : null
      if (regionalOwner && regionalOwner.id !== center.id) continue
      if (!regionalOwner && index > 0 && random() < gaps.missingShare) continue
      const share = regionalOwner ? 1.2 : STOCK_SHARE[center.id] ?? 0.2
      levels[itemId] = Math.max(1, Math.round(demand.get(itemId)! * share * (0.5 + random())))
    }
    stock[center.id] = levels
  }
  return stock
}

export function cloneStock(stock: StockView): StockView {
  const copy: StockView = {}
  for (const [location, levels] of Object.entries(stock)) copy[location] = { ...levels }
  return copy
}

export const pickQuantity = (random: Random) => randomInt(random, 1, 3)
