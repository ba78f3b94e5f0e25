/**
 * Which failures are worth trying again: the database or Redis connection dropped, the
 * database restarting or refusing connections, a lock that could not be had in time, a
 * deadlock or serialisation conflict. Anything else (bad data, a bug) fails the same way
 * every time and is not retried.
 *
 * Works on live errors and on the plain objects Medusa's workflow engine turns errors into
 * (message, name, code and every own property are kept), and looks through `cause`.
 */

/** PostgreSQL SQLSTATEs that say "try again" (connection exceptions are the whole 08 class). */
const TRANSIENT_SQLSTATES = new Set([
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "55P03", // lock_not_available
  "57014", // query_canceled (statement or lock timeout)
  "57P01", // admin_shutdown: the backend was terminated or the server is shutting down
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the server is starting up
  "53300", // too_many_connections
])

/** Socket errors from Node (pg, ioredis). */
const TRANSIENT_SOCKET_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
])

const TRANSIENT_MESSAGES = [
  /connection terminated/i, // pg: "Connection terminated unexpectedly"
  /terminating connection/i, // PostgreSQL: "terminating connection due to administrator command"
  /client has encountered a connection error/i, // pg
  /timeout acquiring a connection/i, // knex pool exhausted
  /connection is closed/i, // ioredis
  /failed to acquire lock for key/i, // Medusa locking: acquire (in-memory, Redis, PostgreSQL)
  /timed-out acquiring lock/i, // Medusa locking: execute's wait ran out (every provider)
  /lost the lock for key/i, // Medusa Redis locking: the lease lapsed while working
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

const MAX_CAUSE_DEPTH = 5

export function isTransientError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current != null; depth++) {
    if (isTransientItself(current)) {
      return true
    }
    current = typeof current === "object" ? (current as { cause?: unknown }).cause : undefined
  }
  return false
}

function isTransientItself(error: unknown): boolean {
  if (typeof error === "string") {
    return TRANSIENT_MESSAGES.some((pattern) => pattern.test(error))
  }
  if (typeof error !== "object") {
    return false
  }
  const { code, message } = error as { code?: unknown; message?: unknown }
  if (typeof code === "string") {
    if (TRANSIENT_SQLSTATES.has(code) || (code.length === 5 && code.startsWith("08"))) {
      return true
    }
    if (TRANSIENT_SOCKET_CODES.has(code)) {
      return true
    }
  }
  return typeof message === "string" && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))
}
