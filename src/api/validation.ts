import { z } from "@medusajs/framework/zod"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  DATE_MAX,
  DATE_MIN,
  findUnsafeValue,
  ID_MAX_LENGTH,
  ID_PATTERN,
  INT4_MAX,
  INT4_MIN,
  isStorableReal,
  METADATA_MAX_BYTES,
  METADATA_MAX_DEPTH,
  printablePath,
  ULID_PATTERN,
  unsafeTextProblem,
} from "../lib/limits"

/**
 * Zod builders every validator uses, so each number is bounded by what its column stores and each
 * string is text PostgreSQL accepts (the numbers live in `src/lib/limits`). Builders whose check
 * is a custom rule take the field name: Medusa prints a custom issue's message as it is, so the
 * message itself must name the field.
 */

/** A whole number in [min, max] (both within int4). */
export const boundedInt = (min: number, max: number) =>
  z.number().int().min(Math.max(min, INT4_MIN)).max(Math.min(max, INT4_MAX))

/** The same from a query string ("20" → 20). */
export const boundedQueryInt = (min: number, max: number) => z.coerce.number().pipe(boundedInt(min, max))

/** A number in [min, max] that a `real` column stores (no underflowing tiny values). */
export const boundedReal = (field: string, min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine(isStorableReal, { message: `${field} is too close to 0 to be stored; use 0 or a larger value` })

/** A number above 0 and at most max (sizes, weights). */
export const positiveReal = (field: string, max: number) =>
  z.number().positive().max(max).refine(isStorableReal, { message: `${field} is too small to be stored` })

const noUnsafeText = (field: string) => (value: string, ctx: z.RefinementCtx) => {
  const problem = unsafeTextProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: `${field} ${problem}` })
}

/** Text of 1..max characters without NUL or unpaired surrogates (`min: 0` allows ""; `trim` first). */
export const safeText = (field: string, max: number, { min = 1, trim = false }: { min?: number; trim?: boolean } = {}) =>
  (trim ? z.string().trim() : z.string()).min(min).max(max).superRefine(noUnsafeText(field))

/**
 * An id by shape, before it reaches a query: letters, digits, `_` and `-`, at most 100
 * characters. Medusa generates `prefix_` + ULID, but a host may create stock locations or orders
 * with ids of its own, so only this floor is enforced for Medusa's ids.
 */
export const idText = (field: string) =>
  z
    .string()
    .max(ID_MAX_LENGTH, { message: `${field} must be at most ${ID_MAX_LENGTH} characters` })
    .regex(ID_PATTERN, { message: `${field} must be an id (letters, digits, _ and -)` })

/** An id the plugin generates itself: `prefix_` + a 26-character ULID. */
export const idOf = (prefix: string, field: string) =>
  z.string().regex(new RegExp(`^${prefix}_${ULID_PATTERN.source.slice(1, -1)}$`), {
    message: `${field} must be a ${prefix}_… id`,
  })

/** Free-form metadata: an object, at most 16 KB as JSON, 5 levels deep, text PostgreSQL stores. */
export const metadataObject = (field = "metadata") =>
  z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const unsafe = findUnsafeValue(value, METADATA_MAX_DEPTH)
    if (unsafe) {
      const where = printablePath([field, ...unsafe.path])
      ctx.addIssue({ code: "custom", message: `${where} ${unsafe.problem}` })
      return
    }
    const bytes = Buffer.byteLength(JSON.stringify(value))
    if (bytes > METADATA_MAX_BYTES) {
      ctx.addIssue({ code: "custom", message: `${field} is ${bytes} bytes as JSON; at most ${METADATA_MAX_BYTES} are accepted` })
    }
  })

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 date or date-time between the years 1900 and 9999. */
export const isoDateTime = (field: string) =>
  z.string().refine(
    (value) => {
      const at = ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN
      return Number.isFinite(at) && at >= DATE_MIN && at <= DATE_MAX
    },
    { message: `${field} must be an ISO date-time between 1900 and 9999, such as 2026-12-01T09:00:00Z` }
  )

/**
 * Medusa's body / query validation middleware, with its schema attached so tooling (the HTTP fuzz
 * suite) can generate requests from the same schema the route enforces.
 */
export const validatedBody = <S extends z.ZodType>(schema: S) =>
  Object.assign(validateAndTransformBody(schema as never), { bodySchema: schema })

export const validatedQuery = <S extends z.ZodType>(schema: S, config: Parameters<typeof validateAndTransformQuery>[1] = {}) =>
  Object.assign(validateAndTransformQuery(schema as never, config), { querySchema: schema })
