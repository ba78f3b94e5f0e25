/**
 * Boots what `npm run bench:checkout` compares: one PostgreSQL database, migrated and seeded once,
 * and two Medusa servers on it — this project (Medusa + medusa-oms) and a bare host app (the same
 * Medusa 2.21.2 packages, no plugin). Both run `medusa start` the same way (NODE_ENV=development,
 * TypeScript through ts-node, admin off, in-process event bus, workflow engine and locks).
 */
import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"

const ROOT = path.resolve(__dirname, "..", "..")
const CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
export const ADMIN = { email: "bench@medusa-oms.test", password: "medusa-oms-bench" }

const BARE_CONFIG = `import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "bench", cookieSecret: "bench" },
  },
  admin: { disable: true },
})
`

export interface Database {
  env: Record<string, string>
  databaseUrl: string
  stop(): Promise<void>
}

export async function startDatabase(): Promise<Database> {
  const { ensureDatabase, onShutdown } = await import(path.join(ROOT, "scripts", "lib", "database.mjs"))
  // Ctrl-C: stop the servers before the database goes
  onShutdown(async () => Promise.all(running.map(stopServer)))
  return ensureDatabase({ name: "medusa_oms_bench_checkout" })
}

function envFor(db: Database, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...db.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_DISABLE_ADMIN: "true",
    NODE_ENV: "development",
    STORE_CORS: "*",
    ADMIN_CORS: "*",
    AUTH_CORS: "*",
    JWT_SECRET: "bench",
    COOKIE_SECRET: "bench",
    ...extra,
  }
}

function logFile(name: string) {
  return path.join(os.tmpdir(), `medusa-oms-bench-checkout-${name}-${process.pid}.log`)
}

/** Runs the Medusa CLI in `cwd` to completion; its output goes to a log file named in errors. */
export function medusaCli(args: string[], db: Database, extra: Record<string, string> = {}, cwd = ROOT) {
  const log = logFile(args[0].replace(/\W/g, "-"))
  return new Promise<void>((resolve, reject) => {
    const out = fs.openSync(log, "a")
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: envFor(db, extra), stdio: ["ignore", out, out] })
    child.on("exit", (code) => {
      fs.closeSync(out)
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}); log ${log}`))
    })
  })
}

/** The plugin's checkout route and what it imports, nothing else (routing, modules, admin stay out). */
const CHECKOUT_FILES = ["src/api/store/carts/[id]/complete/route.ts", "src/api/store/carts/stock-covers-cart.ts", "src/lib/checkout/stock-refusal.ts"]

/**
 * A host app with nothing but Medusa, sharing this project's node_modules; with
 * `withCheckoutRoute`, plus a copy of the plugin's checkout route (the checkout change alone).
 */
export function makeBareApp(withCheckoutRoute = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-bench-bare-"))
  for (const file of withCheckoutRoute ? CHECKOUT_FILES : []) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file))
  }
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), BARE_CONFIG)
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({
      name: "bare-medusa-store",
      private: true,
      version: "0.0.0",
      dependencies: { "@medusajs/medusa": "2.21.2", "@medusajs/framework": "2.21.2", "@medusajs/cli": "2.21.2" },
    }))
  fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"))
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"))
  return dir
}

export interface Server {
  name: string
  url: string
  child: ChildProcess
  log: string
}

const running: Server[] = []

export async function startServer(name: string, cwd: string, port: number, db: Database): Promise<Server> {
  const log = logFile(name)
  const out = fs.openSync(log, "a")
  const child = spawn(process.execPath, [CLI, "start", "--port", String(port)], {
    cwd,
    env: envFor(db, { PORT: String(port) }),
    stdio: ["ignore", out, out],
  })
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 300_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} server exited during start-up; log ${log}`)
    const ok = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false)
    if (ok) {
      const server = { name, url, child, log }
      running.push(server)
      return server
    }
    if (Date.now() > deadline) throw new Error(`${name} server did not answer /health in 5 min; log ${log}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

export async function stopServer(server: Server) {
  if (server.child.exitCode !== null) return
  const exited = new Promise((r) => server.child.once("exit", r))
  server.child.kill("SIGTERM")
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 15_000)
  await exited
  clearTimeout(timer)
}
