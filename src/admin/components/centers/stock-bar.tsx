import { Text } from "@medusajs/ui"
import { formatNumber } from "../../lib/format"
import type { StockSummary } from "../../lib/types"

/**
 * One horizontal bar: available (green) + reserved (blue) units, scaled against `max` so that
 * bars of several centres compare at a glance.
 */
export const StockBar = ({ stock, max, showLegend }: { stock: StockSummary; max: number; showLegend?: boolean }) => {
  const scale = max > 0 ? 100 / max : 0
  const available = Math.max(0, stock.available) * scale
  const reserved = Math.max(0, stock.reserved) * scale
  return (
    <div className="flex min-w-[140px] flex-col gap-y-1">
      <div
        className="bg-ui-bg-component flex h-3 w-full overflow-hidden rounded-full"
        role="img"
        aria-label={`${formatNumber(stock.available)} available, ${formatNumber(stock.reserved)} reserved`}
        title={`${formatNumber(stock.available)} available · ${formatNumber(stock.reserved)} reserved`}
      >
        <div className="bg-ui-tag-green-icon h-full" style={{ width: `${available}%` }} />
        <div className="bg-ui-tag-blue-icon h-full" style={{ width: `${reserved}%` }} />
      </div>
      {showLegend && (
        <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
          {formatNumber(stock.available)} available · {formatNumber(stock.reserved)} reserved
        </Text>
      )}
    </div>
  )
}

export const StockLegend = () => (
  <div className="flex items-center gap-x-4">
    <span className="flex items-center gap-x-1.5">
      <span className="bg-ui-tag-green-icon size-2.5 rounded-full" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        Available
      </Text>
    </span>
    <span className="flex items-center gap-x-1.5">
      <span className="bg-ui-tag-blue-icon size-2.5 rounded-full" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        Reserved
      </Text>
    </span>
  </div>
)
