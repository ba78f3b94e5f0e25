import { Text } from "@medusajs/ui"
import { buildCauseCentreMatrix, cellShade, centreKey } from "../../lib/cause-matrix"
import { CAUSE_COLORS } from "../../lib/cause-colors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { ROOT_CAUSE_LABELS, ROOT_CAUSES, type CauseCentreCount } from "../../lib/kpi-types"

/** Returned units by cause (rows) and the centre that shipped them (columns), shaded by size. */
export const CauseMatrix = ({ counts, centreName }: { counts: CauseCentreCount[]; centreName: (id: string | null) => string }) => {
  const { t, locale, contentLocale } = useOmsTranslation()
  const matrix = buildCauseCentreMatrix(counts, ROOT_CAUSES, (id) => centreName(id))
  const n = (value: number | undefined) => (value ? formatCount(value, locale) : "–")
  if (!matrix.total) return null
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-ui-border-base border-b">
            <th className="txt-compact-small-plus text-ui-fg-subtle py-2 pr-4 font-medium">{t("returns.cause")}</th>
            {matrix.centres.map((c) => (
              <th key={centreKey(c)} className="txt-compact-small-plus text-ui-fg-subtle px-3 py-2 text-right font-medium">
                {centreName(c)}
              </th>
            ))}
            <th className="txt-compact-small-plus text-ui-fg-base px-3 py-2 text-right font-medium">{t("returns.total")}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.causes.map((cause) => (
            <tr key={cause} className="border-ui-border-base border-b last:border-b-0">
              <td className="py-2 pr-4">
                <span className="flex items-center gap-x-2">
                  <span className="size-2.5 shrink-0 rounded-sm" style={{ background: CAUSE_COLORS[cause].fill }} />
                  <Text size="small">{ROOT_CAUSE_LABELS[cause][contentLocale]}</Text>
                </span>
              </td>
              {matrix.centres.map((c) => {
                const value = matrix.units[cause]?.[centreKey(c)]
                return (
                  <td key={centreKey(c)} className="relative px-3 py-2 text-right">
                    <span
                      aria-hidden
                      className="absolute inset-0.5 rounded"
                      style={{ background: "var(--tag-orange-icon)", opacity: value ? 0.08 + 0.42 * cellShade(matrix, cause, c) : 0 }}
                    />
                    <span className="txt-compact-small relative tabular-nums">{n(value)}</span>
                  </td>
                )
              })}
              <td className="txt-compact-small-plus px-3 py-2 text-right tabular-nums">{n(matrix.causeTotals[cause])}</td>
            </tr>
          ))}
          <tr className="border-ui-border-base border-t">
            <td className="txt-compact-small-plus py-2 pr-4">{t("returns.total")}</td>
            {matrix.centres.map((c) => (
              <td key={centreKey(c)} className="txt-compact-small-plus px-3 py-2 text-right tabular-nums">
                {n(matrix.centreTotals[centreKey(c)])}
              </td>
            ))}
            <td className="txt-compact-small-plus px-3 py-2 text-right tabular-nums">{n(matrix.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
