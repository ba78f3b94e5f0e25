import { Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { countText } from "../../lib/routing-text"
import type { StockSummary } from "../../lib/types"

/**
 * One horizontal bar: available (green) + reserved (blue) units, scaled against `max` so that
 * bars of several centres compare at a glance.
 */
export const StockBar = ({ stock, max, showLegend }: { stock: StockSummary; max: number; showLegend?: boolean }) => {
  const { t, locale } = useOmsTranslation()
  const split = t("centres.availableReserved", { available: countText(stock.available, locale), reserved: countText(stock.reserved, locale) })
  const scale = max > 0 ? 100 / max : 0
  const available = Math.max(0, stock.available) * scale
  const reserved = Math.max(0, stock.reserved) * scale
  return (
    <div className="flex min-w-[140px] flex-col gap-y-1">
      <div
        className="bg-ui-bg-component flex h-3 w-full overflow-hidden rounded-full"
        role="img"
        aria-label={split}
        title={split}
      >
        <div className="bg-ui-tag-green-icon h-full" style={{ width: `${available}%` }} />
        <div className="bg-ui-tag-blue-icon h-full" style={{ width: `${reserved}%` }} />
      </div>
      {showLegend && (
        <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
          {split}
        </Text>
      )}
    </div>
  )
}

export const StockLegend = () => {
  const { t } = useOmsTranslation()
  return (
  <div className="flex items-center gap-x-4">
    <span className="flex items-center gap-x-1.5">
      <span className="bg-ui-tag-green-icon size-2.5 rounded-full" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("centres.available")}
      </Text>
    </span>
    <span className="flex items-center gap-x-1.5">
      <span className="bg-ui-tag-blue-icon size-2.5 rounded-full" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("centres.reserved")}
      </Text>
    </span>
  </div>
  )
}
