import { percentile, summarizeDecisions, type DecisionSummary } from "../../src/lib/routing"
import { formatAmount } from "../../src/lib/routing/explain-cost"
import type { SimulationResult } from "./simulate"

export interface Row {
  router: string
  summary: DecisionSummary
  p50Ms: number
  p95Ms: number
  parcelsPerOrder: number
  totalCost: number
  /** Units placed (shipped, not back-ordered): a strategy that ships less also pays less. */
  unitsPlaced: number
}

export function toRow(result: SimulationResult): Row {
  const orders = Math.max(1, result.decisions.length)
  return {
    router: result.router,
    summary: summarizeDecisions(result.decisions),
    p50Ms: percentile(result.decisionMs, 50) ?? 0,
    p95Ms: percentile(result.decisionMs, 95) ?? 0,
    parcelsPerOrder: result.costs.reduce((sum, c) => sum + c.parcels, 0) / orders,
    totalCost: result.costs.reduce((sum, c) => sum + c.total, 0),
    unitsPlaced: result.decisions.reduce(
      (sum, d) => sum + d.allocations.reduce((s, a) => s + a.items.reduce((t, i) => t + i.quantity, 0), 0),
      0
    ),
  }
}

const thousands = (value: number) => formatAmount(Math.round(value))

const km = (value: number | null) => (value === null ? "n/a" : value.toFixed(1))

export function formatTable(rows: Row[]): string {
  const header = [
    "strategy",
    "mean km",
    "p90 km",
    "split rate",
    "parcels/order",
    "total cost",
    "cost/order",
    "unfillable lines",
    "decision p50 ms",
    "p95 ms",
  ]
  const body = rows.map((r) => [
    r.router,
    km(r.summary.mean_km),
    km(r.summary.p90_km),
    `${(r.summary.split_rate * 100).toFixed(1)}%`,
    r.parcelsPerOrder.toFixed(3),
    thousands(r.totalCost),
    thousands(r.totalCost / Math.max(1, r.summary.orders)),
    String(r.summary.unfillable_lines),
    r.p50Ms.toFixed(3),
    r.p95Ms.toFixed(3),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n")
}

export function formatLoad(rows: Row[], centerIds: string[]): string {
  return rows
    .map((r) => `${r.router.padEnd(18)} ${centerIds.map((id) => `${id}=${r.summary.load[id] ?? 0}`).join("  ")}`)
    .join("\n")
}
