/**
 * Medusa processes for `npm run test:scale`: `medusa start` in its own process group, output
 * to a log file outside the project, ready once /health answers.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import { PROJECT_ROOT, localBin } from "./database.mjs"

const MEDUSA_CLI = localBin("@medusajs/cli", "cli.js")
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/** Runs a Medusa CLI command to completion; output appended to `logFile`. */
export function runMedusa(args, env, logFile) {
  return new Promise((resolve) => {
    const out = fs.openSync(logFile, "a")
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", out, out] })
    child.on("exit", (code) => {
      fs.closeSync(out)
      resolve(code ?? 1)
    })
  })
}

/**
 * One `medusa start` process (`mode`: server | worker | shared).
 * start() resolves once /health answers; kill() is SIGKILL to the whole group (no shutdown
 * hooks run: what a crashed machine looks like); stop() asks politely first.
 */
export class MedusaProcess {
  constructor({ name, mode, port, env, logFile }) {
    Object.assign(this, { name, mode, port, env, logFile })
    this.child = null
  }

  get url() {
    return `http://localhost:${this.port}`
  }

  async start({ timeoutMs = 240_000 } = {}) {
    const out = fs.openSync(this.logFile, "a")
    fs.writeSync(out, `\n===== ${new Date().toISOString()} start ${this.name} (${this.mode}) =====\n`)
    this.child = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(this.port)], {
      cwd: PROJECT_ROOT,
      env: { ...this.env, MEDUSA_WORKER_MODE: this.mode, PORT: String(this.port) },
      stdio: ["ignore", out, out],
      detached: true,
    })
    fs.closeSync(out)
    const child = this.child
    const started = Date.now()
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited (${child.exitCode}) while starting; see ${this.logFile}`)
      const ok = await fetch(`${this.url}/health`).then((r) => r.ok).catch(() => false)
      if (ok) return Date.now() - started
      await sleep(500)
    }
    throw new Error(`${this.name} did not answer /health within ${timeoutMs / 1000} s; see ${this.logFile}`)
  }

  kill() {
    if (this.child && groupAlive(this.child.pid)) process.kill(-this.child.pid, "SIGKILL")
  }

  async stop() {
    const pid = this.child?.pid
    if (!pid) return
    for (const [signal, wait] of [["SIGTERM", 20_000], ["SIGKILL", 3_000]]) {
      if (!groupAlive(pid)) return
      try {
        process.kill(-pid, signal)
      } catch {}
      const end = Date.now() + wait
      while (Date.now() < end && groupAlive(pid)) await sleep(200)
    }
  }

  log() {
    return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, "utf8") : ""
  }
}
