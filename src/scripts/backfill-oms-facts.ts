/**
 * Fills the OMS's dashboard facts from a store's history, for a store that installs (or
 * upgrades) the plugin with orders already placed, fulfilled, shipped, delivered and returned:
 *
 *   npx medusa exec ./src/scripts/backfill-oms-facts.ts [batch=1000] [settle-minutes=10]
 *
 * (a host store: `npx medusa exec ./node_modules/medusa-oms/.medusa/server/src/scripts/backfill-oms-facts.js`).
 * Batches by id, each its own short transaction; prints progress after every batch; idempotent
 * (a second run finds nothing to do). Orders placed in the last `--settle-minutes` are left to
 * live routing. See README "Stores with history".
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backfillOmsHistory } from "../workflows/history/backfill-oms-history"

/**
 * A whole number ≥ min from the script's arguments, `name=value` (what `medusa exec` passes on:
 * `npx medusa exec <script> batch=500`); the default when absent.
 */
export function intArg(args: string[] = [], name: string, fallback: number, min: number): number {
  const given = args.find((a) => a.replace(/^--/, "").startsWith(`${name}=`))
  if (given === undefined) return fallback
  const raw = given.slice(given.indexOf("=") + 1)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (got ${raw})`)
  return value
}

export default async function backfillOmsFacts({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const batch_size = intArg(args, "batch", 1_000, 1)
  const settle_minutes = intArg(args, "settle-minutes", 10, 0)
  logger.info(`medusa-oms backfill: batches of ${batch_size}, orders placed more than ${settle_minutes} min ago`)
  const result = await backfillOmsHistory(container, {
    batch_size,
    settle_minutes,
    onProgress: (p) => logger.info(`medusa-oms backfill: ${p.phase}: ${p.done} read, ${p.written} written (${(p.elapsed_ms / 1000).toFixed(1)} s)`),
  })
  const rate = result.orders && result.elapsed_ms ? ` (${Math.round((result.orders / result.elapsed_ms) * 1000)} orders/s)` : ""
  logger.info(
    `medusa-oms backfill done in ${(result.elapsed_ms / 1000).toFixed(1)} s: ${result.orders} order(s) with ${result.shipments} shipment(s)${rate}, ` +
      `${result.return_lines} returned line(s) of ${result.return_sources} return(s) and claim(s), ${result.order_demands} order(s) given their demand facts, ${result.shipment_facts} earlier shipment(s) given their facts, ` +
      (result.report_days === null ? "the dashboard's reports left to the refresh job already running" : `${result.report_days} day(s) of the dashboard's reports rewritten`)
  )
  return result
}
