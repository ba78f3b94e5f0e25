/** The server's message from a js-sdk FetchError (or any Error). */
export function errorMessage(error: unknown, fallback = "Something went wrong"): string {
  if (error && typeof error === "object" && "message" in error) {
    const message = String((error as { message: unknown }).message ?? "").trim()
    if (message) return message
  }
  return fallback
}

/** The HTTP status of a js-sdk FetchError; undefined for other errors. */
export function errorStatus(error: unknown): number | undefined {
  const status = error && typeof error === "object" && "status" in error ? Number((error as { status: unknown }).status) : NaN
  return Number.isFinite(status) ? status : undefined
}

/**
 * GET /admin/oms/kpis refuses a period with too many shipments to compute at once: a 400 whose
 * message names `from` and says "shipments" (src/api/admin/oms/kpis/helpers.ts).
 */
export function isPeriodTooLong(error: unknown): boolean {
  if (errorStatus(error) !== 400) return false
  const message = errorMessage(error, "")
  return /^from\b/.test(message) && /shipments/.test(message)
}
