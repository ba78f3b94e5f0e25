import { Table, Text, clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import type { StockItemCentre } from "../../lib/stock-health-types"
import { daysOfSupplyText, formatEstimate, formatUnits } from "../../lib/stock-text"
import { ConditionBadge } from "./condition-badge"
import { VelocityCell } from "./stock-health-table"

/** One SKU at every centre; the chosen centre (chart and settings below) is highlighted. */
export const CentreStockTable = ({ centres, selected, onSelect }: { centres: StockItemCentre[]; selected: string | null; onSelect: (id: string) => void }) => {
  const { t, locale } = useOmsTranslation()
  const units = (n: number, roundUp = false) => formatUnits(n, locale, roundUp)
  const headers: [string, boolean][] = [
    [t("stockHealth.col.centre"), false],
    [t("stockHealth.col.condition"), false],
    [t("stockHealth.col.onHand"), true],
    [t("stockHealth.col.reserved"), true],
    [t("stockHealth.col.available"), true],
    [t("stockHealth.col.inBins"), true],
    [t("stockHealth.col.unassigned"), true],
    [t("stockHealth.col.velocity"), true],
    [t("stockHealth.col.daysOfSupply"), true],
    [t("stockHealth.col.reorderPoint"), true],
    [t("stockHealth.col.suggestedOrder"), true],
    [t("stockHealth.col.outDays"), true],
    [t("stockHealth.col.missed"), true],
  ]
  return (
    <div className="overflow-x-auto">
      <Table className="[&_td]:pr-3 [&_th]:pr-3">
        <Table.Header>
          <Table.Row>
            {headers.map(([label, numeric]) => (
              <Table.HeaderCell key={label} className={clx(numeric && "min-w-[64px] text-right", label === t("stockHealth.col.velocity") && "min-w-[112px]")}>
                <span className="whitespace-normal">{label}</span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {centres.map((c) => (
            <Table.Row
              key={c.stock_location_id}
              data-centre-row={c.stock_location_id}
              onClick={() => onSelect(c.stock_location_id)}
              className={clx("cursor-pointer [&_td]:py-2", selected === c.stock_location_id && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover")}
            >
              <Table.Cell className="whitespace-nowrap">
                <Text size="small" weight="plus">
                  {c.location_name ?? t("stockHealth.otherCentre")}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <ConditionBadge condition={c.condition} />
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{units(c.on_hand)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{units(c.reserved)}</Table.Cell>
              <Table.Cell className={clx("text-right tabular-nums font-medium", c.available <= 0 && "text-ui-fg-error")}>{units(c.available)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{units(c.in_bins)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{units(c.unassigned)}</Table.Cell>
              <Table.Cell className="text-right">
                <VelocityCell row={c} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right tabular-nums">{daysOfSupplyText(c.days_of_supply, locale, t)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{units(c.reorder_point, true)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{c.suggested_order > 0 ? units(c.suggested_order) : "—"}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatCount(c.stock_out_days, locale)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatEstimate(c.demand_missed, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
