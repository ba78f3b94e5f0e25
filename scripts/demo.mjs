#!/usr/bin/env node
/**
 * `npm run demo` — the demo store with medusa-oms and its admin, on any machine with Node 20.19+.
 *
 *   npm run demo               database → migrations → seed → admin user → `medusa develop`
 *   npm run demo -- --reset    wipe the demo database first
 *
 * PostgreSQL: DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set (database
 * medusa_oms_demo created when missing), otherwise an embedded PostgreSQL whose data is kept in
 * .oms-data/ (port OMS_PG_PORT, default 54329). Redis only when REDIS_URL is set.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import {
  PROJECT_ROOT,
  childEnv,
  ensureDatabase,
  isPortFree,
  localBin,
  log,
  onShutdown,
  since,
  warn,
} from "./lib/database.mjs"

const ADMIN_EMAIL = "admin@medusa-oms.test"
const ADMIN_PASSWORD = "medusa-oms"
const PORT = Number(process.env.PORT || 9000)
const BASE_URL = `http://localhost:${PORT}`
const SEED_SCRIPT = "./src/scripts/seed-demo.ts"
const MEDUSA_CLI = localBin("@medusajs/cli", "cli.js")

const args = process.argv.slice(2)
if (args.includes("--help") || args.includes("-h")) {
  console.log("usage: npm run demo [-- --reset]\n  --reset  wipe the demo database (embedded: .oms-data/pg) first")
  process.exit(0)
}
const reset = args.includes("--reset")

function box(title, lines) {
  const body = [title, "", ...lines]
  const width = Math.max(...body.map((l) => l.length)) + 4
  const out = [`╔${"═".repeat(width)}╗`, ...body.map((l) => `║  ${l.padEnd(width - 2)}║`), `╚${"═".repeat(width)}╝`]
  console.log(`\n${out.join("\n")}\n`)
}

function loginBox(title) {
  box(title, [
    `Admin:     ${BASE_URL}/app`,
    `Email:     ${ADMIN_EMAIL}`,
    `Password:  ${ADMIN_PASSWORD}`,
    "",
    "Stop:      Ctrl-C (stops Medusa, then the embedded PostgreSQL)",
  ])
}

/** Run the Medusa CLI to completion; output streamed (and captured when `capture`). */
function medusa(cliArgs, env, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, ...cliArgs], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
    })
    let output = ""
    if (capture) {
      child.stdout.on("data", (d) => ((output += d), process.stdout.write(d)))
      child.stderr.on("data", (d) => ((output += d), process.stderr.write(d)))
    }
    const stopChild = onShutdown(async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once("exit", r))
      child.kill("SIGINT")
      await exited
    })
    child.on("exit", (code, signal) => {
      stopChild()
      resolve({ code: code ?? 1, signal, output })
    })
  })
}

async function step(label, fn) {
  const start = performance.now()
  log(`${label}…`)
  await fn()
  log(`${label}: done in ${since(start)}`)
}

async function adminLoginExists(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on("error", () => {})
  await client.connect()
  try {
    const r = await client.query(
      `select 1 from provider_identity where entity_id = $1 and provider = 'emailpass' and deleted_at is null`,
      [ADMIN_EMAIL]
    )
    return r.rowCount > 0
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const processGroupAlive = (pid) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

async function main() {
  const t0 = performance.now()
  if (!(await isPortFree(PORT))) {
    throw new Error(`port ${PORT} is already in use (another Medusa running?). Stop it or set PORT.`)
  }

  const db = await ensureDatabase({
    name: "medusa_oms_demo",
    persistentDir: path.join(PROJECT_ROOT, ".oms-data"),
    reset,
  })
  const env = childEnv(db)

  try {
    await step("migrations (medusa db:migrate)", async () => {
      const r = await medusa(["db:migrate"], env)
      if (r.code !== 0) throw new Error(`medusa db:migrate failed (exit ${r.code})`)
    })

    if (fs.existsSync(path.join(PROJECT_ROOT, SEED_SCRIPT))) {
      await step(`seed (medusa exec ${SEED_SCRIPT})`, async () => {
        const r = await medusa(["exec", SEED_SCRIPT], env)
        if (r.code !== 0) throw new Error(`seeding failed (exit ${r.code})`)
      })
    } else {
      warn(`${SEED_SCRIPT} not found: the store starts without demo data`)
    }

    if (await adminLoginExists(db.databaseUrl)) {
      log(`admin user ${ADMIN_EMAIL} already exists`)
    } else {
      await step(`admin user ${ADMIN_EMAIL}`, async () => {
        const r = await medusa(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], env, { capture: true })
        if (r.code === 0) return
        if (/already exists|duplicate/i.test(r.output)) {
          warn(`user ${ADMIN_EMAIL} already exists (if you cannot log in, run: npm run demo -- --reset)`)
          return
        }
        throw new Error(`medusa user failed (exit ${r.code})`)
      })
    }
  } catch (e) {
    await db.stop()
    throw e
  }

  log(`set-up done in ${since(t0)}; starting medusa develop`)
  loginBox("medusa-oms demo — starting (the admin answers once Medusa says the server is ready)")

  // Own process group, so that on Ctrl-C we can stop develop AND the server it forks, then the
  // database. stdin is not passed: develop does not read it, and a background group must not.
  const developStart = performance.now()
  const develop = spawn(process.execPath, [MEDUSA_CLI, "develop"], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  })
  let developExit = null
  const developExited = new Promise((resolve) =>
    develop.on("exit", (code, signal) => resolve((developExit = { code, signal })))
  )

  const stopDevelop = async () => {
    const pid = develop.pid
    for (const [signal, wait] of [["SIGINT", 20_000], ["SIGTERM", 5_000], ["SIGKILL", 2_000]]) {
      if (!processGroupAlive(pid)) return
      try {
        process.kill(-pid, signal)
      } catch {}
      const end = Date.now() + wait
      while (Date.now() < end && processGroupAlive(pid)) await new Promise((r) => setTimeout(r, 200))
    }
  }
  let stopping = false
  onShutdown(async () => {
    stopping = true
    await stopDevelop()
  })

  // Announce readiness once /health answers.
  ;(async () => {
    while (!developExit) {
      try {
        const res = await fetch(`${BASE_URL}/health`, { signal: AbortSignal.timeout(2_000) })
        if (res.ok) {
          log(`Medusa answered /health ${since(developStart)} after develop started`)
          loginBox("medusa-oms demo — READY")
          return
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 1_000))
    }
  })()

  const { code, signal } = await developExited
  if (stopping) return // Ctrl-C: the signal handler stops the database and exits
  warn(`medusa develop exited (${signal ?? `code ${code}`})`)
  await stopDevelop()
  await db.stop()
  process.exit(code ?? 1)
}

main().catch((e) => {
  console.error(`[medusa-oms] demo failed: ${e.message}`)
  process.exit(1)
})
