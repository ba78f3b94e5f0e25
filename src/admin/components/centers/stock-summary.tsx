import { Badge } from "@medusajs/ui"
import { formatNumber } from "../../lib/format"
import type { StockSummary } from "../../lib/types"
import { Stat } from "../common/section"
import { StockBar, StockLegend } from "./stock-bar"

export const StockSummaryView = ({ stock }: { stock: StockSummary }) => (
  <div className="flex flex-col gap-y-4">
    <div className="grid grid-cols-2 gap-4 sm:grid-cols-5">
      <Stat label="SKUs" value={formatNumber(stock.skus)} />
      <Stat label="Units" value={formatNumber(stock.units)} />
      <Stat label="Reserved" value={formatNumber(stock.reserved)} />
      <Stat label="Available" value={formatNumber(stock.available)} />
      <Stat
        label="Low stock"
        value={
          stock.low_stock_skus > 0 ? (
            <Badge color="orange" size="small">
              {formatNumber(stock.low_stock_skus)} SKUs
            </Badge>
          ) : (
            "0"
          )
        }
      />
    </div>
    <StockBar stock={stock} max={Math.max(stock.units, stock.available + stock.reserved)} />
    <StockLegend />
  </div>
)
