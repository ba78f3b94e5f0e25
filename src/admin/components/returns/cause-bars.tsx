import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts"
import { CAUSE_COLORS } from "../../lib/cause-colors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, formatRate } from "../../lib/kpi-format"
import { ROOT_CAUSE_LABELS, ROOT_CAUSES, type CauseCount } from "../../lib/kpi-types"

/** Returned units per cause, largest first, in the admin's language. */
export const CauseBars = ({ counts }: { counts: CauseCount[] }) => {
  const { t, locale, contentLocale } = useOmsTranslation()
  const byCause = new Map(counts.map((c) => [c.cause, c]))
  const data = ROOT_CAUSES.map((cause) => ({
    cause,
    label: ROOT_CAUSE_LABELS[cause][contentLocale],
    units: byCause.get(cause)?.units ?? 0,
    lines: byCause.get(cause)?.lines ?? 0,
  }))
    .filter((d) => d.units > 0)
    .sort((a, b) => b.units - a.units)
  const total = data.reduce((sum, d) => sum + d.units, 0)
  return (
    <div
      role="img"
      aria-label={data.map((d) => `${d.label}: ${t("returns.unitsCount", { count: d.units, n: formatCount(d.units, locale) })}`).join("; ")}
      style={{ height: Math.max(80, data.length * 40 + 16) }}
      className="w-full"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 120, bottom: 4, left: 8 }} barCategoryGap={8}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={260} tick={{ fill: "var(--fg-subtle)", fontSize: 13 }} axisLine={false} tickLine={false} />
          <Bar dataKey="units" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.cause} fill={CAUSE_COLORS[d.cause].fill} />
            ))}
            <LabelList
              dataKey="units"
              position="right"
              fill="var(--fg-base)"
              fontSize={13}
              formatter={(value: unknown) => {
                const units = Number(value)
                const share = total ? units / total : 0
                return `${t("returns.unitsCount", { count: units, n: formatCount(units, locale) })} · ${formatRate(share, locale)}`
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
