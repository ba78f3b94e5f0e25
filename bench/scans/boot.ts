/**
 * A store booted inside the bench's own process: one PostgreSQL database (embedded unless
 * DATABASE_URL/DB_HOST), Medusa's and the plugin's migrations, then Medusa's loaders on an
 * express app listening on a free port (what Medusa's test runner does), admin off.
 * `routes` are mounted before Medusa's own, for baselines measured on the same server.
 */
import path from "path"
import express, { type Express } from "express"
import type { MedusaContainer } from "@medusajs/framework/types"

const ROOT = path.resolve(__dirname, "..", "..")
const CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

function migrate(env: NodeJS.ProcessEnv) {
  const { spawn } = require("child_process") as typeof import("child_process")
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa db:migrate failed (exit ${code})`))))
  })
}

export async function bootStore(name: string, routes: (app: Express, container: () => MedusaContainer) => void, { reset = true }: { reset?: boolean } = {}) {
  const { ensureDatabase } = await import(path.join(ROOT, "scripts", "lib", "database.mjs"))
  const db = await ensureDatabase({ name, reset })
  const env = { ...process.env, ...db.env, MEDUSA_DISABLE_TELEMETRY: "true", MEDUSA_DISABLE_ADMIN: "true", NODE_ENV: "development" }
  await migrate(env)
  Object.assign(process.env, env)

  const app = express()
  let container: MedusaContainer | null = null
  routes(app, () => container!)
  const loaders = require("@medusajs/medusa/loaders/index").default
  const loaded = await loaders({ directory: ROOT, expressApp: app })
  container = loaded.container as MedusaContainer
  const server = await new Promise<import("http").Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const port = (server.address() as import("net").AddressInfo).port
  const stop = async () => {
    await new Promise((r) => server.close(r))
    await loaded.shutdown()
    await db.stop()
  }
  return { container: container!, url: `http://localhost:${port}`, stop }
}
