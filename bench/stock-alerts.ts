/**
 * The stock-alert run at scale: 100,000 stock-health rows (5,000 SKUs × 20 centres) with about
 * 12,000 problems and 50 stock-record breaks, as the scheduled job sees them.
 *
 *   npm run bench:stock-alerts [-- --skus 5000 --centres 20 --breaks 50]
 *
 * Timed through the job's workflow: the first run (everything new), a run with nothing new, a run
 * after 2 % of the rows changed condition (some clear, new ones appear), and two runs started at
 * the same moment after another change. Counts the notifications written and checks each
 * idempotency key is there once and every problem has exactly one open alert.
 * `benchStockAlerts(container)` is the hook a bigger bench can call on a store it filled itself.
 */
import os from "os"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { postStockAlertsWorkflow } from "../src/workflows/stock-alerts/post-stock-alerts"
import { bootStore } from "./scans/boot"
import { generateStockHealthRows, shuffleConditions } from "./stock-alerts/generate"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

export interface AlertRunFigure {
  label: string
  ms: number
  runs: number
  messages: number
  posted: number
  recorded: number
  cleared: number
}

export interface StockAlertBench {
  health_rows: number
  problems: number
  runs: AlertRunFigure[]
  /** Feed notifications the runs wrote, and how many distinct idempotency keys they carry (equal: each once). */
  notifications: number
  distinct_keys: number
  /** Open alerts and the problems now (equal when every problem has its one open alert). */
  open_alerts: number
  problems_now: number
}

const timed = async <T>(work: () => Promise<T>) => {
  const start = performance.now()
  const value = await work()
  return { value, ms: performance.now() - start }
}

/** Runs the alert workflow until it has no messages left (the per-run cap), summed. */
async function runUntilDone(container: any, label: string): Promise<AlertRunFigure> {
  const figure: AlertRunFigure = { label, ms: 0, runs: 0, messages: 0, posted: 0, recorded: 0, cleared: 0 }
  for (;;) {
    const { value, ms } = await timed(async () => (await postStockAlertsWorkflow(container).run({ input: {} })).result)
    figure.ms += ms
    figure.runs++
    figure.messages += value.messages
    figure.posted += value.posted
    figure.recorded += value.recorded
    figure.cleared += value.cleared
    if (!value.left) return figure
  }
}

async function counts(knex: Knex) {
  const [{ rows: n }, { rows: open }, { rows: problems }] = await Promise.all([
    knex.raw(`select count(*)::int as notifications, count(distinct idempotency_key)::int as keys from notification where channel = 'feed' and idempotency_key like 'oms-stock%'`),
    knex.raw(`select count(*)::int as n from oms_stock_alert where cleared_at is null and deleted_at is null`),
    knex.raw(`select count(*)::int as n from oms_stock_health where deleted_at is null and condition in ('stock_out', 'low', 'overstock')`),
  ])
  return { notifications: n[0].notifications, distinct_keys: n[0].keys, open_alerts: open[0].n, problems_now: problems[0].n }
}

/**
 * The hook: given a store whose oms_stock_health is filled, times the alert runs and counts what
 * they wrote. `change(share, salt)` moves some rows to another condition between runs (the
 * bench's own generator by default; a bigger bench passes its own).
 */
export async function benchStockAlerts(container: any, change: (share: number, salt: number) => Promise<number>): Promise<StockAlertBench> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: size } = await knex.raw(`select count(*)::int as n from oms_stock_health where deleted_at is null`)
  const before = await counts(knex)
  const runs: AlertRunFigure[] = []
  runs.push(await runUntilDone(container, "first run (all new)"))
  runs.push(await runUntilDone(container, "nothing changed"))
  await change(0.02, 1)
  runs.push(await runUntilDone(container, "2 % of rows changed"))
  await change(0.02, 2)
  const race = await timed(() => Promise.allSettled([runUntilDone(container, "a"), runUntilDone(container, "b")]))
  const done = race.value.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<AlertRunFigure>).value)
  runs.push({
    label: `two at once (${done.length} finished, ${2 - done.length} found the lock taken)`,
    ms: race.ms,
    runs: done.reduce((s, r) => s + r.runs, 0),
    messages: done.reduce((s, r) => s + r.messages, 0),
    posted: done.reduce((s, r) => s + r.posted, 0),
    recorded: done.reduce((s, r) => s + r.recorded, 0),
    cleared: done.reduce((s, r) => s + r.cleared, 0),
  })
  return { health_rows: size[0].n, problems: before.problems_now, runs, ...(await counts(knex)) }
}

async function main() {
  const args = process.argv.slice(2)
  const arg = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
  const skus = Number(arg("skus", "5000"))
  const centres = Number(arg("centres", "20"))
  const breaks = Number(arg("breaks", "50"))
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`)
  const store = await bootStore("medusa_oms_bench_stock_alerts", () => {})
  try {
    const knex: Knex = store.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const generated = await timed(() => generateStockHealthRows(knex, { skus, centres, breaks }))
    console.log(`generated ${skus * centres} health rows in ${(generated.ms / 1000).toFixed(1)} s:`, generated.value)
    const result = await benchStockAlerts(store.container, (share, salt) => shuffleConditions(knex, share, salt))
    console.log(`\n${result.health_rows} health rows, ${result.problems} problems at the start\n`)
    console.log(`| run | s | workflow runs | messages | notifications posted | alerts recorded | cleared |`)
    console.log(`|---|---|---|---|---|---|---|`)
    for (const r of result.runs) console.log(`| ${r.label} | ${(r.ms / 1000).toFixed(2)} | ${r.runs} | ${r.messages} | ${r.posted} | ${r.recorded} | ${r.cleared} |`)
    console.log(`\nfeed notifications ${result.notifications}, distinct keys ${result.distinct_keys} (each once: ${result.notifications === result.distinct_keys})`)
    console.log(`open alerts ${result.open_alerts} + stock-record breaks, problems now ${result.problems_now}`)
    const slowest = Math.max(...result.runs.map((r) => r.ms))
    console.log(`target: every run ≤ 30 s — ${slowest <= 30_000 ? "met" : "NOT met"} (slowest ${(slowest / 1000).toFixed(2)} s)`)
  } finally {
    await store.stop()
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
