import { Text } from "@medusajs/ui"
import type { Center } from "../../lib/types"
import { StockBar, StockLegend } from "./stock-bar"

/** One bar per centre (same scale for all): available vs reserved units. */
export const StockChart = ({ centers }: { centers: Center[] }) => {
  const max = Math.max(1, ...centers.map((c) => Math.max(c.stock.units, c.stock.available + c.stock.reserved)))
  return (
    <div className="flex flex-col gap-y-3">
      <StockLegend />
      {centers.map((c) => (
        <div key={c.stock_location_id} className="grid grid-cols-[minmax(96px,160px)_1fr] items-center gap-x-4">
          <Text size="small" weight="plus" className={c.active ? "truncate" : "text-ui-fg-muted truncate"}>
            {c.name}
          </Text>
          <StockBar stock={c.stock} max={max} showLegend />
        </div>
      ))}
    </div>
  )
}
