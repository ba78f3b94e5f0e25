/**
 * Parts of `npm run bench:stock` measured on the same generated history: the stock-health page
 * and refresh (bench/stock.ts), and any section added here (the alert job, the transfer
 * valuation), each a function of the booted store and the dataset that returns its report lines.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import type { StockDataset } from "./generate"
import { benchStockTransfers } from "../stock-transfers"

export interface StockBenchContext {
  container: MedusaContainer
  knex: any
  /** The admin API of the booted store, authenticated. */
  api: AxiosInstance
  dataset: StockDataset
  /** Counts a failed check (the bench exits 1 when any). */
  fail: (what: string) => void
  log: (line: string) => void
}

export interface StockBenchSection {
  name: string
  /** Runs after the stock-health rows are built; returns the lines for the summary and BENCHMARKS.md. */
  run: (ctx: StockBenchContext) => Promise<string[]>
}

/** Sections run in this order after the stock-health part; add yours here. */
export const STOCK_BENCH_SECTIONS: StockBenchSection[] = [
  {
    name: "transfer valuation",
    run: async (ctx) => {
      const r = await benchStockTransfers(ctx.container, { days: 90, limit: 20 })
      if (r.valuation_ms > 60_000) ctx.fail(`transfer valuation took ${(r.valuation_ms / 1000).toFixed(1)} s (goal ≤ 60 s)`)
      if (!r.suggestions) return ["no suggestions to value: this history's orders carry no destination (npm run bench:stock-transfers generates one that does)"]
      return [
        `${r.suggestions} suggestions over ${r.orders_in_window} orders of 90 days valued in ${(r.valuation_ms / 1000).toFixed(1)} s (goal ≤ 60 s), ${r.restricted_decisions} decisions`,
        `longest event-loop delay ${r.event_loop_max_ms.toFixed(0)} ms`,
        `full replay: ${r.baseline.decisions} decisions, ${r.baseline.sample_orders}-order sample in ${r.baseline.sample_ms.toFixed(0)} ms → ${(r.baseline.extrapolated_ms / 1000).toFixed(0)} s extrapolated`,
      ]
    },
  },
]
