import { Text } from "@medusajs/ui"

export interface Bar {
  label: string
  value: number | null
  display: string
  barClass: string
}

/** Horizontal bars on one scale; a null value shows "—" with no bar. */
export const BarList = ({ bars, ariaLabel }: { bars: Bar[]; ariaLabel: string }) => {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0))
  return (
    <div className="flex flex-col gap-y-2.5" role="img" aria-label={ariaLabel}>
      {bars.map((bar) => (
        <div key={bar.label} className="grid grid-cols-[minmax(96px,150px)_1fr_auto] items-center gap-x-3">
          <Text size="small" className="text-ui-fg-subtle truncate">
            {bar.label}
          </Text>
          <div className="bg-ui-bg-component h-4 w-full overflow-hidden rounded">
            {bar.value != null && max > 0 && (
              <div className={`${bar.barClass} h-full rounded`} style={{ width: `${(bar.value / max) * 100}%` }} />
            )}
          </div>
          <Text size="small" weight="plus" className="min-w-[64px] text-right tabular-nums">
            {bar.display}
          </Text>
        </div>
      ))}
    </div>
  )
}
