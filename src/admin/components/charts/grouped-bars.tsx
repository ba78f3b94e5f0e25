import { Text } from "@medusajs/ui"
import { formatNumber } from "../../lib/format"
import { Legend } from "./legend"

export interface Group {
  label: string
  values: number[]
}

/** For each group (e.g. a centre), one thin bar per series, all on one scale. */
export const GroupedBars = ({
  groups,
  series,
  ariaLabel,
}: {
  groups: Group[]
  series: readonly { label: string; barClass: string }[]
  ariaLabel: string
}) => {
  const max = Math.max(1, ...groups.flatMap((g) => g.values))
  return (
    <div className="flex flex-col gap-y-4">
      <Legend items={series} />
      <div className="flex flex-col gap-y-4" role="img" aria-label={ariaLabel}>
        {groups.map((group) => (
          <div key={group.label} className="grid grid-cols-[minmax(96px,150px)_1fr] items-center gap-x-3">
            <Text size="small" weight="plus" className="truncate">
              {group.label}
            </Text>
            <div className="flex flex-col gap-y-1">
              {series.map((s, i) => (
                <div key={s.label} className="grid grid-cols-[1fr_48px] items-center gap-x-2">
                  <div className="bg-ui-bg-component h-2.5 w-full overflow-hidden rounded-sm">
                    <div
                      className={`${s.barClass} h-full rounded-sm`}
                      style={{ width: `${((group.values[i] ?? 0) / max) * 100}%` }}
                      title={`${s.label}: ${formatNumber(group.values[i] ?? 0)}`}
                    />
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle text-right tabular-nums">
                    {formatNumber(group.values[i] ?? 0)}
                  </Text>
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  )
}
