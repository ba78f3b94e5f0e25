import knexLib from "knex"
import { mergeAllPartials, summaryOfPartial } from "/work/main/src/lib/kpi"
async function main() {
  const knex = knexLib({ client: "pg", connection: "postgres://postgres@localhost:5432/medusa_oms_bench_kpis" })
  for (let r = 0; r < 3; r++) {
    let t = performance.now()
    const rows = await knex("oms_kpi_rollup").select("partial").where({ stock_location_key: "*", sales_channel_key: "*", region_key: "*" })
    const fetch = performance.now() - t
    t = performance.now()
    const m = mergeAllPartials(rows.map((r: any) => r.partial))
    const merge = performance.now() - t
    t = performance.now()
    summaryOfPartial(m, new Date())
    console.log(rows.length, "fetch", fetch.toFixed(1), "merge", merge.toFixed(1), "summary", (performance.now() - t).toFixed(1))
  }
  await knex.destroy()
}
main()
