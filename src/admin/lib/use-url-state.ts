import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

/**
 * A page's state kept in one query parameter (`?wave=…`), so a reload, a bookmark or a link
 * from elsewhere opens the same wave, session or centre. Empty or null removes the parameter.
 */
export function useUrlState(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams()
  const set = useCallback(
    (value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value) next.set(name, value)
          else next.delete(name)
          return next
        },
        { replace: true }
      ),
    [name, setParams]
  )
  return [params.get(name), set]
}

/**
 * Several query parameters read and written together (one navigation, so two changes in the
 * same event cannot overwrite each other). Empty or null removes a parameter.
 */
export function useUrlParams<K extends string>(names: readonly K[]): [Record<K, string | null>, (changes: Partial<Record<K, string | null>>) => void] {
  const [params, setParams] = useSearchParams()
  const values = Object.fromEntries(names.map((n) => [n, params.get(n)])) as Record<K, string | null>
  const set = useCallback(
    (changes: Partial<Record<K, string | null>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [name, value] of Object.entries(changes) as [K, string | null | undefined][]) {
            if (value) next.set(name, value)
            else next.delete(name)
          }
          return next
        },
        { replace: true }
      ),
    [setParams]
  )
  return [values, set]
}
