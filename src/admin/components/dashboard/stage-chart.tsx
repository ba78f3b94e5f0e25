import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, formatDuration, type FormatContext } from "../../lib/kpi-format"
import type { StageBar } from "../../lib/kpi-tiles"

/** Median time of each step from placement to hand-over, one horizontal bar a step. */
export const StageChart = ({ bars, format }: { bars: StageBar[]; format: FormatContext }) => {
  const { t } = useOmsTranslation()
  const data = bars.map((b) => ({
    stage: t(`stages.${b.stage}`),
    ms: b.p50_ms ?? 0,
    text: b.p50_ms == null ? t("dashboard.stageNone") : formatDuration(b.p50_ms, format.units),
    count: b.count,
  }))
  if (bars.every((b) => b.p50_ms == null)) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("dashboard.stagesEmpty")}
      </Text>
    )
  }
  return (
    <div role="img" aria-label={data.map((d) => `${d.stage}: ${d.text}`).join("; ")} className="h-[240px] w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 8 }} barCategoryGap={8}>
          <CartesianGrid horizontal={false} stroke="var(--border-base)" />
          <XAxis
            type="number"
            dataKey="ms"
            tickFormatter={(v: number) => (v === 0 ? "0" : formatDuration(v, format.units))}
            tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
            axisLine={false}
            tickLine={false}
            tickCount={5}
          />
          <YAxis
            type="category"
            dataKey="stage"
            width={190}
            tick={{ fill: "var(--fg-subtle)", fontSize: 13 }}
            axisLine={false}
            tickLine={false}
          />
          <Tooltip
            cursor={{ fill: "var(--bg-component)" }}
            content={({ active, payload }) => {
              const row = active && payload?.[0]?.payload
              if (!row) return null
              return (
                <div className="bg-ui-bg-base shadow-elevation-tooltip rounded-lg px-3 py-2">
                  <Text size="small" weight="plus">
                    {row.stage}
                  </Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("dashboard.stageTooltip", { value: row.text, count: row.count, n: formatCount(row.count, format.locale) })}
                  </Text>
                </div>
              )
            }}
          />
          <Bar dataKey="ms" fill="var(--tag-blue-icon)" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" fill="var(--fg-base)" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
