import { unsafeTextProblem } from "./text"
import { MAX_JSON_DEPTH } from "./fields"

/** A path for messages and logs: `metadata.note`, with control characters escaped. */
export const printablePath = (path: (string | number)[]) =>
  path.map((part) => (typeof part === "string" ? JSON.stringify(part).slice(1, -1) : String(part))).join(".")

export interface UnsafeValue {
  /** Where it is: object keys and array indexes from the root. */
  path: (string | number)[]
  problem: string
}

/**
 * The first string (value or object key) in a parsed JSON value that PostgreSQL would refuse, or
 * a value nested deeper than `maxDepth`. Walks with an explicit stack, so hostile nesting cannot
 * overflow the call stack; visits each node once.
 */
export function findUnsafeValue(root: unknown, maxDepth: number = MAX_JSON_DEPTH): UnsafeValue | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }]
  while (stack.length) {
    const { value, path } = stack.pop()!
    if (typeof value === "string") {
      const problem = unsafeTextProblem(value)
      if (problem) return { path, problem }
      continue
    }
    if (value === null || typeof value !== "object") continue
    if (path.length >= maxDepth) return { path, problem: `is nested more than ${maxDepth} levels deep` }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value as Record<string, unknown>)
    for (const [key, _] of entries) {
      const problem = typeof key === "string" ? unsafeTextProblem(key) : null
      if (problem) return { path: [...path, key], problem: `has a key that ${problem}` }
    }
    // Pushed in reverse so the first offending value in document order is reported.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...path, entries[i][0]] })
  }
  return null
}
