import { Text } from "@medusajs/ui"
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import type { StockDay } from "../../lib/stock-health-types"
import { formatPerDay } from "../../lib/stock-text"
import { stockOutRuns, velocityPoints } from "../../lib/velocity-chart"
import { Legend } from "../charts/legend"

const OUT_FILL = "var(--tag-red-bg)"

/** Units sold each day over 90 days, empty-shelf days shaded, with the 7- and 28-day pace. */
export const VelocityChart = ({ daily }: { daily: StockDay[] }) => {
  const { t, locale } = useOmsTranslation()
  const points = velocityPoints(daily)
  const runs = stockOutRuns(daily)
  const dayLabel = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" })
  const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00`))
  const series = [
    { key: "units", label: t("stockHealth.chart.units"), colour: "var(--tag-blue-icon)", barClass: "bg-ui-tag-blue-icon" },
    { key: "avg_7", label: t("stockHealth.chart.avg7"), colour: "var(--tag-orange-icon)", barClass: "bg-ui-tag-orange-icon" },
    { key: "avg_28", label: t("stockHealth.chart.avg28"), colour: "var(--fg-base)", barClass: "bg-ui-fg-base" },
  ]
  if (!points.length) return <Text size="small" className="text-ui-fg-muted">{t("stockHealth.chart.empty")}</Text>
  return (
    <div className="flex flex-col gap-y-2" data-velocity-chart>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Legend items={series} />
        {runs.length > 0 && (
          <span className="txt-compact-xsmall text-ui-fg-subtle flex items-center gap-x-1.5">
            <span className="inline-block h-2.5 w-3 rounded-sm" style={{ background: OUT_FILL, border: "1px solid var(--tag-red-border)" }} />
            {t("stockHealth.chart.outDays", { count: runs.reduce((s, r) => s + r.days, 0) })}
          </span>
        )}
      </div>
      <div className="h-[240px] w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="var(--border-base)" />
            {runs.map((r) => (
              <ReferenceArea key={r.from} x1={r.from} x2={r.to} fill={OUT_FILL} fillOpacity={1} ifOverflow="extendDomain" />
            ))}
            <XAxis dataKey="day" tickFormatter={label} tick={{ fontSize: 11, fill: "var(--fg-subtle)" }} interval="preserveStartEnd" minTickGap={32} tickLine={false} axisLine={false} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "var(--fg-subtle)" }} tickLine={false} axisLine={false} width={40} />
            <Tooltip
              labelFormatter={(day) => label(String(day))}
              formatter={(value, name) => {
                const s = series.find((x) => x.key === name)
                const v = Number(value)
                return [name === "units" ? formatCount(v, locale) : formatPerDay(v, locale), s?.label ?? String(name)]
              }}
              contentStyle={{ fontSize: 12, borderRadius: 8, border: "1px solid var(--border-base)", background: "var(--bg-base)" }}
            />
            <Bar dataKey="units" fill="var(--tag-blue-icon)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
            <Line dataKey="avg_7" stroke="var(--tag-orange-icon)" dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls />
            <Line dataKey="avg_28" stroke="var(--fg-base)" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  )
}
