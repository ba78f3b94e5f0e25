/**
 * `npm run bench:picking` — pick paths (DP vs exhaustive and vs S-shape, batch vs order-by-order,
 * wave build time) and carton choice (vs brute-force and exact optimum), each section with the
 * baseline measured in the same run, then every target with PASS/MISS.
 */
import { runCartonBench } from "./picking/cartons"
import { runPickPathBench } from "./picking/pick-paths"

async function main() {
  const started = Date.now()
  const paths = await runPickPathBench()
  console.log("## Pick paths\n")
  console.log(paths.rows.join("\n"))
  const cartons = await runCartonBench()
  console.log("\n## Cartons\n")
  console.log(cartons.rows.join("\n"))
  console.log("\ntargets:")
  for (const check of [...paths.checks, ...cartons.checks]) {
    const value = typeof check.value === "number" ? check.value.toFixed(4) : String(check.value)
    console.log(`  ${check.pass ? "PASS" : "MISS"} ${check.name}: ${value} (target ${check.target})`)
  }
  console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
