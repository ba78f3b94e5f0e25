import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MERCHANT_CONFLICT } from "../lib/merchant-conflict"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus one case it answers with a 500: Express refuses a URL with
 * malformed percent-encoding ("%zz", "%E0%A4%A", an encoded lone surrogate) while matching routes,
 * before any middleware of ours runs, with a plain Error carrying status 400. That is the
 * client's mistake, so it becomes Medusa's invalid_data 400. And a conflict the OMS explains to
 * the merchant ("only 3 units are free at Jakarta FC") keeps its message. A host's own errorHandler in its
 * middlewares.ts still replaces this one (Medusa keeps the last one it loads).
 */
export function omsErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const malformedUrl = err instanceof Error && (err as { status?: unknown }).status === 400 && /^Failed to decode param/.test(err.message)
  const e = err as { type?: unknown; code?: unknown; message?: unknown } | null
  if (e && e.type === MedusaError.Types.CONFLICT && e.code === MERCHANT_CONFLICT) {
    res.status(409).json({ type: "conflict", code: MERCHANT_CONFLICT, message: String(e.message ?? "") })
    return
  }
  const error = malformedUrl ? new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: the URL path is not valid percent-encoding") : err
  return medusaErrorHandler(error as never, req, res, next)
}
