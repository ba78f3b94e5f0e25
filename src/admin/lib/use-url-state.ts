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
