import { Better, Change, CHANGE_EPSILON, changeOf, ValueKind } from "./kpi-format"
import type { DurationSummary, KpiSummary, Rate, TimedStage } from "./kpi-types"

/** A figure under a tile's main value (another view of the same KPI). */
export interface TileDetail {
  /** i18n key under `kpi.<tile>.`, e.g. "p90". */
  key: string
  kind: ValueKind
  value: number | null
}

/** What a tile's value was counted over: "{{count}} of {{total}} shipments". */
export interface TileBasis {
  /** i18n key under `kpi.<tile>.`, e.g. "basis". */
  key: string
  count: number
  total: number
}

export interface KpiTile {
  /** Also the i18n key: `kpi.<key>.label`, `kpi.<key>.help`. */
  key: string
  kind: ValueKind
  better: Better
  value: number | null
  previous: number | null
  change: Change
  details: TileDetail[]
  basis: TileBasis | null
}

interface TileSpec {
  key: string
  kind: ValueKind
  better: Better
  value: (k: KpiSummary) => number | null
  details?: (k: KpiSummary) => TileDetail[]
  basis?: (k: KpiSummary) => TileBasis | null
  /** Leave the tile out when this holds for both periods (nothing to show, not a zero). */
  hideWhen?: (k: KpiSummary) => boolean
}

const rateBasis = (rate: Rate, key = "basis"): TileBasis => ({ key, count: rate.numerator, total: rate.denominator })
const durationTile = (key: string, pick: (k: KpiSummary) => DurationSummary): TileSpec => ({
  key,
  kind: "duration",
  better: "down",
  value: (k) => pick(k).p50_ms,
  details: (k) => [{ key: "p90", kind: "duration", value: pick(k).p90_ms }],
  basis: (k) => ({ key: "basis", count: pick(k).count, total: pick(k).count }),
})

/**
 * The dashboard's tiles, in the order they are shown. Each reads one definition of kpiSummary
 * (src/lib/kpi); the main value is the one compared with the previous period.
 */
export const TILE_SPECS: TileSpec[] = [
  {
    key: "orders",
    kind: "count",
    better: "neither",
    value: (k) => k.orders,
    details: (k) => [{ key: "shipments", kind: "count", value: k.shipments }],
  },
  durationTile("placed_to_shipped", (k) => k.cycle_times.placed_to_shipped),
  durationTile("placed_to_delivered", (k) => k.cycle_times.placed_to_delivered),
  {
    key: "on_time_shipment",
    kind: "rate",
    better: "up",
    value: (k) => k.on_time_shipment.rate,
    basis: (k) => rateBasis(k.on_time_shipment),
  },
  {
    key: "on_time_delivery",
    kind: "rate",
    better: "up",
    value: (k) => k.on_time_delivery.rate,
    basis: (k) => rateBasis(k.on_time_delivery),
    hideWhen: (k) => k.on_time_delivery.denominator === 0,
  },
  {
    key: "perfect_order",
    kind: "rate",
    better: "up",
    value: (k) => k.perfect_orders.perfect.rate,
    details: (k) => [{ key: "werc", kind: "rate", value: k.perfect_orders.werc_index }],
    basis: (k) => rateBasis(k.perfect_orders.perfect),
  },
  {
    key: "order_accuracy",
    kind: "rate",
    better: "up",
    value: (k) => k.order_accuracy.rate,
    basis: (k) => rateBasis(k.order_accuracy),
  },
  {
    key: "pick_accuracy",
    kind: "rate",
    better: "up",
    value: (k) => k.pick_accuracy.rate,
    details: (k) => [{ key: "caught", kind: "count", value: k.pick_accuracy.mispicks_caught }],
    basis: (k) => ({
      key: "basis",
      count: Math.max(0, k.pick_accuracy.units_picked - k.pick_accuracy.mispicks_caught - k.pick_accuracy.wrong_item_units),
      total: k.pick_accuracy.units_picked,
    }),
  },
  {
    key: "fill_rate",
    kind: "rate",
    better: "up",
    value: (k) => k.fill_rates.order.rate,
    details: (k) => [
      { key: "lines", kind: "rate", value: k.fill_rates.line.rate },
      { key: "units", kind: "rate", value: k.fill_rates.unit.rate },
    ],
    basis: (k) => rateBasis(k.fill_rates.order),
  },
  {
    key: "back_order_rate",
    kind: "rate",
    better: "down",
    value: (k) => k.back_order_rate.rate,
    basis: (k) => rateBasis(k.back_order_rate),
  },
  {
    key: "split_shipment_rate",
    kind: "rate",
    better: "down",
    value: (k) => k.split_shipment_rate.rate,
    basis: (k) => rateBasis(k.split_shipment_rate),
  },
  {
    key: "parcels_per_order",
    kind: "decimal",
    better: "down",
    value: (k) => k.parcels_per_order.average,
    basis: (k) => ({ key: "basis", count: k.parcels_per_order.total, total: k.parcels_per_order.orders }),
  },
  {
    key: "cost_per_order",
    kind: "money",
    better: "down",
    value: (k) => k.cost_per_order.average,
    basis: (k) => ({ key: "basis", count: k.cost_per_order.orders, total: k.cost_per_order.orders }),
  },
  {
    key: "return_rate",
    kind: "rate",
    better: "down",
    value: (k) => k.return_rates.units.rate,
    details: (k) => [{ key: "orders", kind: "rate", value: k.return_rates.orders.rate }],
    basis: (k) => rateBasis(k.return_rates.units),
  },
  {
    key: "csat",
    kind: "rate",
    better: "up",
    value: (k) => k.csat?.satisfied.rate ?? null,
    details: (k) => [{ key: "average", kind: "decimal", value: k.csat?.average ?? null }],
    basis: (k) => (k.csat ? rateBasis(k.csat.satisfied) : null),
    hideWhen: (k) => !k.csat?.satisfied.denominator,
  },
]

/** The tiles for a period and the one before it, with each change and whether it is good. */
export function buildKpiTiles(current: KpiSummary, previous: KpiSummary, specs: TileSpec[] = TILE_SPECS): KpiTile[] {
  return specs
    .filter((spec) => !(spec.hideWhen && spec.hideWhen(current) && spec.hideWhen(previous)))
    .map((spec) => {
      const value = spec.value(current)
      const before = spec.value(previous)
      return {
        key: spec.key,
        kind: spec.kind,
        better: spec.better,
        value,
        previous: before,
        change: changeOf(value, before, spec.better, CHANGE_EPSILON[spec.kind]),
        details: spec.details?.(current) ?? [],
        basis: spec.basis?.(current) ?? null,
      }
    })
}

/** The stages of the breakdown chart: from placement to handed to the carrier. */
export const BREAKDOWN_STAGES = ["routed", "waved", "picked", "packed", "shipped"] as const satisfies readonly TimedStage[]

export interface StageBar {
  stage: (typeof BREAKDOWN_STAGES)[number]
  p50_ms: number | null
  count: number
}

/** The median time spent reaching each stage from the one before, for the stage chart. */
export function stageBreakdown(stageTimes: Record<TimedStage, DurationSummary>): StageBar[] {
  return BREAKDOWN_STAGES.map((stage) => ({ stage, p50_ms: stageTimes[stage]?.p50_ms ?? null, count: stageTimes[stage]?.count ?? 0 }))
}

/** True when the period has no order at all (the empty state instead of tiles of dashes). */
export const isEmptyPeriod = (k: KpiSummary) => k.orders === 0
