import { useMemo } from "react"
import { customPeriod, presetPeriod, type PeriodIso } from "./periods"

/**
 * The period the address asks for: `range` is one of the presets (days) or "custom" with `from` and
 * `to` dates; anything else is the default. A custom range not complete yet keeps showing the
 * default period.
 */
export function useChosenPeriod(
  params: { range: string | null; from: string | null; to: string | null },
  presets: number[],
  defaultDays: number
): { range: string; period: PeriodIso; incomplete: boolean } {
  const range = params.range && (params.range === "custom" || presets.includes(Number(params.range))) ? params.range : String(defaultDays)
  const custom = range === "custom" ? customPeriod(params.from, params.to) : null
  const period = useMemo(() => custom ?? presetPeriod(range === "custom" ? defaultDays : Number(range)), [custom?.from, custom?.to, range, defaultDays])
  return { range, period, incomplete: range === "custom" && !custom }
}
