import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { Client } from "pg"

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
export const ADMIN = { email: "packer@medusa-oms.test", password: "scan-loop-test" }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

function run(args: string[], env: NodeJS.ProcessEnv, log: fs.WriteStream) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} exited with ${code} (log: ${log.path})`))))
  })
}

/**
 * A real store with the plugin's admin extensions, the way a merchant runs it: a database of
 * its own on the suite's PostgreSQL (DB_* from `npm test`), Medusa's migrations, the test store
 * seeded, an admin user with a password, and `medusa develop` serving /app on a free port.
 * Logs go to a file in the temp dir (develop restarts on changes inside the project).
 */
export async function startAdminStore() {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const database = `medusa_oms_browser_${process.pid}`
  const admin = new Client({ host: DB_HOST, port: Number(DB_PORT), user: DB_USERNAME, password: DB_PASSWORD, database: "postgres" })
  await admin.connect()
  await admin.query(`create database "${database}"`)
  await admin.end()

  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const logFile = path.join(os.tmpdir(), `medusa-oms-browser-${process.pid}.log`)
  const log = fs.createWriteStream(logFile)
  const seedOut = path.join(os.tmpdir(), `medusa-oms-browser-seed-${process.pid}.json`)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: "",
    NODE_ENV: "development",
    TEST_TYPE: "",
    DATABASE_URL: `postgres://${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}@${DB_HOST}:${DB_PORT}/${database}`,
    PORT: String(port),
    ADMIN_CORS: baseUrl,
    AUTH_CORS: baseUrl,
    STORE_CORS: baseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_DISABLE_ADMIN: "false",
    OMS_SEED_OUT: seedOut,
  }
  await run(["db:migrate"], env, log)
  await run(["exec", "./integration-tests/browser/seed-scan-store.ts"], env, log)
  await run(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, log)
  const store = JSON.parse(fs.readFileSync(seedOut, "utf8"))

  // Own process group: develop forks the server, and both must stop with the suite.
  const develop: ChildProcess = spawn(process.execPath, [MEDUSA_CLI, "develop"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  develop.stdout!.pipe(log, { end: false })
  develop.stderr!.pipe(log, { end: false })
  const deadline = Date.now() + 240_000
  for (;;) {
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)
    if (ok) break
    if (develop.exitCode !== null || Date.now() > deadline) throw new Error(`medusa develop did not start (log: ${logFile})`)
    await new Promise((r) => setTimeout(r, 1000))
  }

  const stop = async () => {
    const alive = () => {
      try {
        process.kill(-develop.pid!, 0)
        return true
      } catch {
        return false
      }
    }
    for (const [signal, waitMs] of [["SIGINT", 15_000], ["SIGKILL", 3_000]] as const) {
      if (!alive()) break
      try {
        process.kill(-develop.pid!, signal)
      } catch {}
      const end = Date.now() + waitMs
      while (Date.now() < end && alive()) await new Promise((r) => setTimeout(r, 200))
    }
    log.end()
    fs.rmSync(seedOut, { force: true })
    const client = new Client({ host: DB_HOST, port: Number(DB_PORT), user: DB_USERNAME, password: DB_PASSWORD, database: "postgres" })
    await client.connect()
    await client.query(`drop database if exists "${database}" with (force)`)
    await client.end()
  }
  return { baseUrl, store, stop, logFile }
}

/**
 * Headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) with one page logged in to
 * the store's admin as ADMIN, at the given window size.
 */
export async function openAdminPage(baseUrl: string, viewport: { width: number; height: number }): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  const page = await (await browser.newContext({ viewport })).newPage()
  page.setDefaultTimeout(180_000) // the first page load compiles the admin
  await page.goto(`${baseUrl}/app/login`)
  await page.fill('input[name="email"]', ADMIN.email)
  await page.fill('input[name="password"]', ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes("login"))
  return { browser, page }
}
