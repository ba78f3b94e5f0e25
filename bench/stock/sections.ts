/**
 * Parts of `npm run bench:stock` measured on the same generated history: the stock-health page
 * and refresh (bench/stock.ts), and any section added here (the alert job, the transfer
 * valuation), each a function of the booted store and the dataset that returns its report lines.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import type { StockDataset } from "./generate"

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
export const STOCK_BENCH_SECTIONS: StockBenchSection[] = []
