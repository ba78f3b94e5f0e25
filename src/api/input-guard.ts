import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findUnsafeValue, ID_MAX_LENGTH, ID_PATTERN, MAX_JSON_DEPTH, printablePath } from "../lib/limits"

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`)

function assertIdShape(field: string, value: string) {
  if (value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value)) return
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).slice(1, -1)
  throw refuse(`${field} ('${shown}') must be an id: letters, digits, _ and -, at most ${ID_MAX_LENGTH} characters`)
}

const QUERY_KEY = /^[A-Za-z0-9_]{1,100}$/

/** Query keys at any level (`a[b]=1` arrives as { a: { b } }); Medusa refuses dotted ones with a 500. */
function findBadQueryKey(query: unknown, depth = 0): string | null {
  if (!query || typeof query !== "object" || depth > 8) return null
  for (const [key, value] of Object.entries(query)) {
    if (!Array.isArray(query) && !QUERY_KEY.test(key)) return key
    const inner = findBadQueryKey(value, depth + 1)
    if (inner) return inner
  }
  return null
}

const describe = (source: string, path: (string | number)[]) => printablePath([source, ...path])

/**
 * Refuses, before any validator, route or query runs, what PostgreSQL would refuse with a 500:
 * a NUL character or an unpaired surrogate anywhere in the path, the query or the body (values
 * and keys), and JSON nested deeper than 32 levels. Path segments below the mount point must
 * also look like ids or route names (letters, digits, `_`, `-`, at most 100 characters), so a
 * malformed id is refused by shape before any lookup; query keys must be field names. The 400 has Medusa's shape
 * (`type: "invalid_data"`) and names the field (`body.metadata.note`, `query.q`, `path segment 2`).
 */
export function rejectUnsafeInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Parameters of the mount path itself (`/store/carts/:id/complete`), then the segments below it.
  for (const [name, value] of Object.entries(req.params ?? {})) assertIdShape(`path parameter ${name}`, value)
  req.path
    .split("/")
    .filter(Boolean)
    .forEach((raw, index) => {
      let segment: string
      try {
        segment = decodeURIComponent(raw)
      } catch {
        throw refuse(`path segment ${index + 1} is not valid URL encoding`)
      }
      assertIdShape(`path segment ${index + 1}`, segment)
    })
  const badKey = findBadQueryKey(req.query)
  if (badKey) throw refuse(`query key '${printablePath([badKey]).slice(0, 60)}' is not a field name (letters, digits and _)`)
  for (const [source, value] of [["query", req.query], ["body", req.body]] as const) {
    const unsafe = findUnsafeValue(value, MAX_JSON_DEPTH)
    if (unsafe) throw refuse(`${describe(source, unsafe.path)} ${unsafe.problem}`)
  }
  next()
}
