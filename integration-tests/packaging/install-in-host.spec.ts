/**
 * The published package works in a fresh host store:
 *
 *   medusa plugin:build → npm pack → new host app (same pinned Medusa 2.21.2) → npm install of the
 *   tarball → medusa db:migrate → medusa build (server + admin, with the plugin's admin extension)
 *   → medusa start (production, from .medusa/server) → HTTP checks.
 *
 * Database: a fresh `medusa_oms_pkg_<random>` on the test PostgreSQL (DB_HOST/DB_PORT/DB_USERNAME/
 * DB_PASSWORD, as set by `npm test`), dropped at the end.
 *
 * Install speed: the host gets a copy of our package-lock.json, so npm resolves every shared
 * package to the versions our own tests ran with and needs no registry metadata; with
 * `--prefer-offline` everything comes from the npm cache our own install filled.
 *
 * OMS_PKG_KEEP=1 keeps the temp host folder (and prints its path) for debugging.
 */
import { ChildProcess, execFileSync, spawn } from "child_process"
import crypto from "crypto"
import fs from "fs"
import http from "http"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"

const ROOT = path.resolve(__dirname, "..", "..")
const OUR_PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const TEN_MINUTES = 10 * 60 * 1000

// The host's dependencies: the same pins as our devDependencies (what a Medusa 2.21.2 starter
// has, plus the admin/React packages the plugin's admin extension is built against).
const HOST_DEPENDENCIES = [
  "@medusajs/admin-sdk",
  "@medusajs/cli",
  "@medusajs/draft-order",
  "@medusajs/framework",
  "@medusajs/icons",
  "@medusajs/js-sdk",
  "@medusajs/medusa",
  "@medusajs/test-utils",
  "@medusajs/ui",
  "@tanstack/react-query",
  "react",
  "react-dom",
  "react-router-dom",
  "typescript",
  "ts-node",
  "@swc/core",
  "@types/node",
  "@types/react",
  "@types/react-dom",
  "vite",
  "prop-types",
]

const HOST_CONFIG = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: "medusa-oms-packaging-test",
      cookieSecret: "medusa-oms-packaging-test",
    },
  },
  plugins: [{ resolve: "medusa-oms", options: { strategy: "priority" } }],
})
`

const HOST_TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

// --------------------------------------------------------------------------------------------

const timings: [string, number][] = []
const say = (msg: string) => process.stdout.write(`[packaging] ${msg}\n`)

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = Date.now()
  say(`${label}…`)
  const result = await fn()
  const ms = Date.now() - start
  timings.push([label, ms])
  say(`${label}: ${(ms / 1000).toFixed(1)} s`)
  return result
}

/** Env for child commands: no jest/npm-run leftovers, telemetry off. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_(package|lifecycle)_|npm_config_local_prefix$|JEST_WORKER_ID$|TEST_TYPE$|NODE_OPTIONS$|DATABASE_URL$)/.test(k)) continue
    env[k] = v
  }
  delete env.NODE_ENV
  env.MEDUSA_DISABLE_TELEMETRY = "true"
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}

/** Run a command to completion; output goes to a log file, whose tail is in the error. */
function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }) {
  return new Promise<string>((resolve, reject) => {
    const out = fs.openSync(opts.log, "w")
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      const output = fs.readFileSync(opts.log, "utf8")
      if (code === 0) return resolve(output)
      const tail = output.trimEnd().split("\n").slice(-40).join("\n")
      reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`}); log ${opts.log}:\n${tail}`))
    })
  })
}

function medusaCli(cwd: string) {
  return path.join(cwd, "node_modules", "@medusajs", "cli", "cli.js")
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

type Res = { status: number; headers: http.IncomingHttpHeaders; body: string; json?: any }

function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  return new Promise<Res>((resolve, reject) => {
    const data = init.body === undefined ? undefined : JSON.stringify(init.body)
    const req = http.request(
      url,
      {
        method: init.method ?? "GET",
        headers: { ...(data ? { "content-type": "application/json" } : {}), ...(init.headers ?? {}) },
        timeout: 30_000,
      },
      (res) => {
        let body = ""
        res.setEncoding("utf8")
        res.on("data", (c) => (body += c))
        res.on("end", () => {
          let json
          try {
            json = JSON.parse(body)
          } catch {}
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json })
        })
      }
    )
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)))
    req.on("error", reject)
    if (data) req.write(data)
    req.end()
  })
}

const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}

async function adminQuery(sql: string) {
  const client = new Client({ ...db, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function processGroupAlive(pid: number) {
  try {
    process.kill(-pid, 0)
    return true
  } catch (e: any) {
    return e.code === "EPERM"
  }
}

// --------------------------------------------------------------------------------------------

describe("medusa-oms packed and installed in a fresh Medusa host", () => {
  const suffix = crypto.randomBytes(4).toString("hex")
  const dbName = `medusa_oms_pkg_${suffix}`
  const adminEmail = `pkg-admin-${suffix}@medusa-oms.test`
  const adminPassword = `pw-${suffix}`

  let work = ""
  let hostDir = ""
  let packed: { filename: string; files: { path: string }[] }
  let server: ChildProcess | undefined
  let serverLog = ""
  let baseUrl = ""
  let dbCreated = false
  const started = Date.now()

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-pkg-"))
    hostDir = path.join(work, "host")
    fs.mkdirSync(path.join(hostDir, "src"), { recursive: true })
    say(`work dir ${work}; database ${dbName} on ${db.host}:${db.port}`)

    await timed("plugin:build (medusa plugin:build in the repo)", () =>
      run(process.execPath, [medusaCli(ROOT), "plugin:build"], {
        cwd: ROOT,
        env: cleanEnv({}),
        log: path.join(work, "plugin-build.log"),
      })
    )

    const packJson = await timed("npm pack", () =>
      run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], {
        cwd: ROOT,
        env: cleanEnv({}),
        log: path.join(work, "pack.log"),
      })
    )
    packed = JSON.parse(packJson.slice(packJson.search(/^\[/m)))[0]
    const tarball = path.join(work, packed.filename)

    // Host app: same pins as our devDependencies; the plugin from the tarball.
    const dependencies: Record<string, string> = {}
    for (const name of HOST_DEPENDENCIES) {
      const version = OUR_PKG.devDependencies?.[name]
      if (!version) throw new Error(`${name} is not in our devDependencies: keep HOST_DEPENDENCIES in sync`)
      dependencies[name] = version
    }
    dependencies[OUR_PKG.name] = `file:${tarball}`
    fs.writeFileSync(
      path.join(hostDir, "package.json"),
      JSON.stringify({ name: "medusa-oms-host", version: "0.0.0", private: true, dependencies }, null, 2)
    )
    fs.writeFileSync(path.join(hostDir, "medusa-config.ts"), HOST_CONFIG)
    fs.writeFileSync(path.join(hostDir, "tsconfig.json"), JSON.stringify(HOST_TSCONFIG, null, 2))
    fs.copyFileSync(path.join(ROOT, "package-lock.json"), path.join(hostDir, "package-lock.json"))

    await timed("npm install in the host (--prefer-offline)", () =>
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], {
        cwd: hostDir,
        env: cleanEnv({}),
        log: path.join(work, "install.log"),
      })
    )

    await adminQuery(`CREATE DATABASE "${dbName}"`)
    dbCreated = true
    const pw = db.password ? `:${encodeURIComponent(db.password)}` : ""
    const databaseUrl = `postgres://${encodeURIComponent(db.user)}${pw}@${db.host}:${db.port}/${dbName}`
    const hostEnv = (extra: Record<string, string | undefined> = {}) =>
      cleanEnv({ DATABASE_URL: databaseUrl, ...extra })

    await timed("medusa db:migrate in the host", () =>
      run(process.execPath, [medusaCli(hostDir), "db:migrate"], {
        cwd: hostDir,
        env: hostEnv(),
        log: path.join(work, "migrate.log"),
      })
    )

    // the history backfill as the README tells a host to run it, from the installed package
    await timed("backfill script in the host (medusa exec from node_modules)", () =>
      run(process.execPath, [medusaCli(hostDir), "exec", "./node_modules/medusa-oms/.medusa/server/src/scripts/backfill-oms-facts.js", "batch=500"], {
        cwd: hostDir,
        env: hostEnv(),
        log: path.join(work, "backfill.log"),
      })
    )
    expect(fs.readFileSync(path.join(work, "backfill.log"), "utf8")).toContain("medusa-oms backfill done")

    await timed("medusa user in the host", () =>
      run(process.execPath, [medusaCli(hostDir), "user", "-e", adminEmail, "-p", adminPassword], {
        cwd: hostDir,
        env: hostEnv(),
        log: path.join(work, "user.log"),
      })
    )

    await timed("medusa build in the host (server + admin with the plugin's extension)", () =>
      run(process.execPath, [medusaCli(hostDir), "build"], {
        cwd: hostDir,
        env: hostEnv({ NODE_ENV: "production" }),
        log: path.join(work, "build.log"),
      })
    )

    // Production start, as Medusa documents it, from .medusa/server (its node_modules = the host's).
    const serverDir = path.join(hostDir, ".medusa", "server")
    fs.symlinkSync(path.join(hostDir, "node_modules"), path.join(serverDir, "node_modules"), "dir")
    const port = await freePort()
    baseUrl = `http://localhost:${port}`
    serverLog = path.join(work, "server.log")
    await timed("medusa start (until /health answers)", async () => {
      const out = fs.openSync(serverLog, "w")
      server = spawn(process.execPath, [medusaCli(serverDir), "start"], {
        cwd: serverDir,
        env: hostEnv({ NODE_ENV: "production", PORT: String(port) }),
        stdio: ["ignore", out, out],
        detached: true, // own group: afterAll stops the server and anything it forked
      })
      fs.closeSync(out)
      let exited = ""
      server.on("exit", (code, signal) => (exited = signal ?? `exit ${code}`))
      const deadline = Date.now() + 3 * 60 * 1000
      for (;;) {
        if (exited) throw new Error(`medusa start ${exited}; log ${serverLog}:\n${tail(serverLog)}`)
        const ok = await request(`${baseUrl}/health`).then((r) => r.status === 200, () => false)
        if (ok) return
        if (Date.now() > deadline) throw new Error(`no /health after 3 min; log ${serverLog}:\n${tail(serverLog)}`)
        await new Promise((r) => setTimeout(r, 1000))
      }
    })
  }, TEN_MINUTES + 5 * 60 * 1000)

  afterAll(async () => {
    if (server?.pid && processGroupAlive(server.pid)) {
      const pid = server.pid
      for (const [signal, wait] of [["SIGTERM", 15_000], ["SIGKILL", 5_000]] as const) {
        try {
          process.kill(-pid, signal)
        } catch {}
        const end = Date.now() + wait
        while (Date.now() < end && processGroupAlive(pid)) await new Promise((r) => setTimeout(r, 200))
        if (!processGroupAlive(pid)) break
      }
    }
    if (dbCreated) await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
    if (work && !process.env.OMS_PKG_KEEP) fs.rmSync(work, { recursive: true, force: true })
    else if (work) say(`kept ${work}`)
    timings.push(["total", Date.now() - started])
    say("timings: " + timings.map(([l, ms]) => `${l.split(" (")[0]} ${(ms / 1000).toFixed(1)} s`).join(" | "))
  }, 60_000)

  it("packs the built server code and admin bundle, without dev config or tests", () => {
    const files = packed.files.map((f) => f.path)
    expect(files).toContain(".medusa/server/src/admin/index.mjs")
    expect(files).toContain(".medusa/server/src/admin/index.js")
    expect(files).toContain(".medusa/server/src/modules/oms/index.js")
    expect(files.filter((f) => /(^|\/)medusa-config\.[jt]s$/.test(f))).toEqual([])
    expect(files.filter((f) => /__tests__|integration-tests|\.(spec|test)\.[jt]sx?$/.test(f))).toEqual([])
    // Only compiled output (plus package metadata) ships.
    expect(files.filter((f) => !f.startsWith(".medusa/server/") && !/^(package\.json|README\.md|LICENSE(\.md)?)$/.test(f))).toEqual([])
  })

  it("installs the tarball in the host", () => {
    const installed = JSON.parse(
      fs.readFileSync(path.join(hostDir, "node_modules", OUR_PKG.name, "package.json"), "utf8")
    )
    expect(installed.version).toBe(OUR_PKG.version)
    expect(fs.existsSync(path.join(hostDir, "node_modules", OUR_PKG.name, ".medusa/server/src/admin/index.mjs"))).toBe(true)
  })

  it("exposes the ordered Redis locking provider to the host's medusa-config", () => {
    const probe =
      'const p = require("medusa-oms/providers/locking-redis-ordered").default;' +
      "console.log(JSON.stringify({ module: p.module, identifier: p.services[0].identifier, loaders: p.loaders.length }))"
    const out = execFileSync(process.execPath, ["-e", probe], { cwd: hostDir, encoding: "utf8" })
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual({ module: "locking", identifier: "locking-redis-ordered", loaders: 1 })
  })

  it("builds the host admin with the plugin's extension in it", () => {
    const assets = path.join(hostDir, ".medusa", "server", "public", "admin", "assets")
    const bundled = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .some((f) => fs.readFileSync(path.join(assets, f), "utf8").includes("/admin/oms"))
    expect(bundled).toBe(true)
  })

  it("serves the admin at /app", async () => {
    const res = await request(`${baseUrl}/app`)
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toMatch(/text\/html/)
  }, 60_000)

  it("rejects the OMS admin API without authentication (401)", async () => {
    const res = await request(`${baseUrl}/admin/oms/centers`)
    expect(res.status).toBe(401)
  }, 60_000)

  it("answers the OMS admin API for a logged-in admin", async () => {
    const login = await request(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      body: { email: adminEmail, password: adminPassword },
    })
    expect(login.status).toBe(200)
    const token = login.json?.token
    expect(typeof token).toBe("string")

    const res = await request(`${baseUrl}/admin/oms/centers`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    expect(Array.isArray(res.json?.centers)).toBe(true)
  }, 60_000)
})

function tail(file: string, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}
