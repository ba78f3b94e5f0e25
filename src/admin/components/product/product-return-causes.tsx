import { Text } from "@medusajs/ui"
import { CAUSE_COLORS } from "../../lib/cause-colors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { ROOT_CAUSE_LABELS, type RootCause } from "../../lib/kpi-types"

/** The product's top return causes as short bars, sized against the largest, with their units. */
export const ProductReturnCauses = ({ causes }: { causes: { cause: RootCause; units: number }[] }) => {
  const { t, locale, contentLocale } = useOmsTranslation()
  const most = Math.max(1, ...causes.map((c) => c.units))
  return (
    <ul className="flex flex-col gap-y-2">
      {causes.map((c) => (
        <li key={c.cause} className="flex flex-col gap-y-1">
          <div className="flex items-baseline justify-between gap-x-2">
            <Text size="small">{ROOT_CAUSE_LABELS[c.cause]?.[contentLocale] ?? c.cause}</Text>
            <Text size="small" className="text-ui-fg-subtle shrink-0 tabular-nums">
              {t("returns.unitsCount", { count: c.units, n: formatCount(c.units, locale) })}
            </Text>
          </div>
          <div className="bg-ui-bg-component h-1.5 w-full overflow-hidden rounded-full">
            <div className="h-full rounded-full" style={{ width: `${(c.units / most) * 100}%`, background: CAUSE_COLORS[c.cause]?.fill }} />
          </div>
        </li>
      ))}
    </ul>
  )
}
