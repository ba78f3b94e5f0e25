#!/usr/bin/env node
/**
 * `npm test` — the whole test suite, on any machine with Node 20.19+.
 *
 *   npm test                     unit → modules → http → browser → packaging → scale, stops at the first failure
 *   npm test -- unit             one suite (unit | modules | http | browser | packaging | scale; several allowed)
 *   npm test -- http -t "routes" anything else is passed to jest
 *
 * PostgreSQL: DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set, otherwise an
 * embedded PostgreSQL on a free port with a temp data dir (removed at the end). See
 * scripts/lib/database.mjs.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  PROJECT_ROOT,
  childEnv,
  ensureDatabase,
  isShuttingDown,
  localBin,
  log,
  onShutdown,
  since,
  warn,
} from "./lib/database.mjs"

// mayBeEmpty: the suite may legitimately have no test files yet → jest --passWithNoTests (a
// warning is still printed). Remove the flag once the suite has tests, so that a broken
// testMatch cannot turn a suite green by running nothing.
const SUITES = [
  { key: "unit", names: ["unit"], testType: "unit", jestArgs: [], mayBeEmpty: false },
  {
    key: "modules",
    names: ["modules", "module", "integration:modules"],
    testType: "integration:modules",
    jestArgs: ["--runInBand", "--forceExit"],
    mayBeEmpty: false,
  },
  {
    key: "http",
    names: ["http", "integration:http"],
    testType: "integration:http",
    // one file at a time, in a worker that jest replaces once it holds more than 1.5 GB between
    // files: each file boots a whole Medusa, and twenty of them in one process ran out of heap
    jestArgs: ["--maxWorkers=1", "--workerIdleMemoryLimit=1500MB", "--forceExit"],
    mayBeEmpty: false,
  },
  {
    // the scan loop in the real admin, in headless Chromium (/usr/bin/chromium or CHROMIUM_PATH)
    key: "browser",
    names: ["browser", "integration:browser"],
    testType: "integration:browser",
    jestArgs: ["--runInBand", "--forceExit"],
    mayBeEmpty: false,
  },
  {
    key: "packaging",
    names: ["packaging", "pkg", "integration:packaging"],
    testType: "integration:packaging",
    jestArgs: ["--runInBand", "--forceExit"],
    mayBeEmpty: false,
  },
  {
    // 1 server + 2 workers on Redis (scripts/test-scale.mjs, not jest); skipped, saying so, when
    // no Redis answers. 150 orders a round keeps the whole `npm test` near 20 minutes on two
    // cores; `npm run test:scale` alone places 300.
    key: "scale",
    names: ["scale"],
    script: ["scripts/test-scale.mjs", "--skip-without-redis", "--orders", "150"],
    skipExitCode: 78,
  },
]

const args = process.argv.slice(2)
if (args.includes("--help") || args.includes("-h")) {
  console.log("usage: npm test [-- <unit|modules|http|browser|packaging|scale>...] [jest args]")
  process.exit(0)
}
const selected = SUITES.filter((s) => args.some((a) => s.names.includes(a)))
const passThrough = args.filter((a) => !SUITES.some((s) => s.names.includes(a)))
const suites = selected.length ? selected : SUITES

let current = null // running jest child
onShutdown(async () => {
  if (!current || current.exitCode !== null) return
  const exited = new Promise((r) => current.once("exit", r))
  current.kill("SIGINT")
  const timer = setTimeout(() => current.kill("SIGKILL"), 30_000)
  await exited
  clearTimeout(timer)
})

function runScript(suite, env) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, suite.script, { cwd: PROJECT_ROOT, stdio: "inherit", env })
    current.on("exit", (code, signal) => {
      current = null
      resolve({ code: code ?? 1, signal, results: null })
    })
  })
}

function runJest(suite, env) {
  const resultFile = path.join(os.tmpdir(), `medusa-oms-jest-${suite.key}-${process.pid}.json`)
  const jestArgs = [
    localBin("jest", "bin/jest.js"),
    ...suite.jestArgs,
    ...(suite.mayBeEmpty ? ["--passWithNoTests"] : []),
    "--json",
    `--outputFile=${resultFile}`,
    ...passThrough,
  ]
  const nodeOptions = [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" ")
  return new Promise((resolve) => {
    current = spawn(process.execPath, jestArgs, {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
      env: { ...env, TEST_TYPE: suite.testType, NODE_OPTIONS: nodeOptions },
    })
    current.on("exit", (code, signal) => {
      current = null
      let results = null
      try {
        results = JSON.parse(fs.readFileSync(resultFile, "utf8"))
      } catch {}
      fs.rmSync(resultFile, { force: true })
      resolve({ code: code ?? 1, signal, results })
    })
  })
}

const t0 = performance.now()
log(`test suites: ${suites.map((s) => s.key).join(", ")}${passThrough.length ? ` (jest args: ${passThrough.join(" ")})` : ""}`)

let db
try {
  db = await ensureDatabase({ name: null })
} catch (e) {
  console.error(`[medusa-oms] ${e.message}`)
  process.exit(1)
}

// The test runners build their own database URLs from DB_*; DATABASE_URL/DB_TEMP_NAME would only
// confuse them.
const env = childEnv(db)
delete env.DATABASE_URL
delete env.DB_TEMP_NAME

const rows = []
let failed = null
for (const suite of suites) {
  if (isShuttingDown()) await new Promise(() => {}) // the signal handler stops the DB and exits
  if (failed) {
    rows.push({ suite, status: "skipped" })
    continue
  }
  console.log()
  log(`── ${suite.key} (${suite.script ? suite.script[0] : `TEST_TYPE=${suite.testType}`}) ──`)
  const start = performance.now()
  const { code, signal, results } = suite.script ? await runScript(suite, env) : await runJest(suite, env)
  if (isShuttingDown()) await new Promise(() => {})
  const row = {
    suite,
    status: code === 0 ? "passed" : code === suite.skipExitCode ? "skipped (see above)" : "FAILED",
    time: since(start),
    total: results?.numTotalTests,
    passed: results?.numPassedTests,
    failedTests: results?.numFailedTests,
    failedSuites: results?.numFailedTestSuites,
    files: results?.numTotalTestSuites,
  }
  rows.push(row)
  if (code === 0 && !suite.script && (row.total ?? 0) === 0) {
    warn(`suite "${suite.key}" ran 0 tests`)
    row.status = "passed (0 tests!)"
  }
  if (code !== 0 && code !== suite.skipExitCode) failed = { suite, code, signal }
}

if (db) await db.stop()

console.log()
log("── summary ──")
if (db.kind === "embedded") console.log(`  ${"PostgreSQL".padEnd(11)} embedded, started in ${(db.startMs / 1000).toFixed(1)} s`)
else console.log(`  ${"PostgreSQL".padEnd(11)} external ${db.host}:${db.port}`)
for (const r of rows) {
  const counts =
    r.total === undefined
      ? ""
      : `${r.passed}/${r.total} tests passed in ${r.files} file${r.files === 1 ? "" : "s"}` +
        (r.failedTests ? `, ${r.failedTests} failed` : "") +
        (r.failedSuites && !r.failedTests ? `, ${r.failedSuites} file(s) failed to run` : "")
  console.log(`  ${r.suite.key.padEnd(11)} ${r.status.padEnd(18)} ${(r.time ?? "").padStart(8)}  ${counts}`)
}
console.log(`  ${"total".padEnd(11)} ${"".padEnd(18)} ${since(t0).padStart(8)}`)

if (failed) {
  log(`suite "${failed.suite.key}" failed${failed.signal ? ` (${failed.signal})` : ""}`)
  process.exit(failed.code || 1)
}
