import { hasUnsafeText } from "../limits/text"
import { isRootCause, ROOT_CAUSES, type RootCause } from "./facts"

/** The merchant's setting: which cause a return reason (by `return_reason.value`) counts as. */
export type ReasonCauseMapping = Record<string, RootCause>

/** Far above any real reason list, and low enough that a stored setting stays small. */
export const REASON_CAUSE_MAPPING_MAX_ENTRIES = 500
/** Longest reason value accepted (the plugin's own are far shorter). */
export const REASON_VALUE_MAX_LENGTH = 100

export type ReasonCauseMappingProblem =
  | "not_an_object"
  | "too_many_entries"
  | "key_not_a_string"
  | "empty_key"
  | "key_too_long"
  | "unsafe_key"
  | "unknown_cause"

/** A mapping refused, naming the field at fault: a route answers it with a 400 (invalid_data). */
export class ReasonCauseMappingError extends Error {
  readonly name = "ReasonCauseMappingError"
  constructor(readonly kind: ReasonCauseMappingProblem, readonly field: string, message: string) {
    super(`${field} ${message}`)
  }
}

const FIELD = "reason_cause_mapping"
/** The field a refusal names: the key, cut to 40 characters so an overlong one does not fill the message. */
const keyField = (key: string) => `${FIELD}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`

/**
 * Checks a mapping that arrived as JSON (a request body, a stored setting) and returns a copy
 * holding only own entries. The copy has no prototype, so a reason whose value is "constructor"
 * or "__proto__" is just a key.
 */
export function parseReasonCauseMapping(input: unknown): ReasonCauseMapping {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ReasonCauseMappingError("not_an_object", FIELD, "must be an object of reason value → cause")
  }
  if (Object.getOwnPropertySymbols(input).length > 0) {
    throw new ReasonCauseMappingError("key_not_a_string", FIELD, "has a key that is not a string")
  }
  const entries = Object.entries(input)
  if (entries.length > REASON_CAUSE_MAPPING_MAX_ENTRIES) {
    throw new ReasonCauseMappingError(
      "too_many_entries",
      FIELD,
      `has ${entries.length} entries; at most ${REASON_CAUSE_MAPPING_MAX_ENTRIES} are allowed`
    )
  }
  const mapping: ReasonCauseMapping = Object.create(null)
  for (const [key, cause] of entries) {
    if (key.length === 0) throw new ReasonCauseMappingError("empty_key", FIELD, "has an empty reason value")
    if (key.length > REASON_VALUE_MAX_LENGTH) {
      throw new ReasonCauseMappingError("key_too_long", keyField(key), `is longer than ${REASON_VALUE_MAX_LENGTH} characters`)
    }
    if (hasUnsafeText(key)) {
      throw new ReasonCauseMappingError("unsafe_key", keyField(key), "contains a NUL or an unpaired surrogate")
    }
    if (!isRootCause(cause)) {
      throw new ReasonCauseMappingError("unknown_cause", keyField(key), `must be one of ${ROOT_CAUSES.join(", ")}`)
    }
    mapping[key] = cause
  }
  return mapping
}

/** The merchant's cause for one reason value; only own entries count (never `Object.prototype`). */
export function mappedCause(mapping: ReasonCauseMapping | undefined, value: string): RootCause | null {
  if (!mapping || !Object.prototype.hasOwnProperty.call(mapping, value)) return null
  const cause = mapping[value]
  // a mapping that skipped the parser must not put a non-cause on the returns page
  return isRootCause(cause) ? cause : null
}
