import { Table, Text, clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import type { StockHealthRow } from "../../lib/stock-health-types"
import { daysOfSupplyText, formatEstimate, formatPerDay, formatUnits } from "../../lib/stock-text"
import { useProductNamesBySku } from "../../lib/use-variant-names"
import { TablePagination } from "../common/table-pagination"
import { ConditionBadge } from "./condition-badge"
import { SortHeader, type SortState } from "./sort-header"

/** Sells per day over 7, 28 and 90 in-stock days, the 28-day pace (the one sorted on) in bold. */
export const VelocityCell = ({ row }: { row: Pick<StockHealthRow, "velocity_7" | "velocity_28" | "velocity_90"> }) => {
  const { locale } = useOmsTranslation()
  return (
    <span className="whitespace-nowrap tabular-nums">
      <span className="text-ui-fg-subtle">{formatPerDay(row.velocity_7, locale)}</span>
      <span className="text-ui-fg-muted"> · </span>
      <span className="text-ui-fg-base font-medium">{formatPerDay(row.velocity_28, locale)}</span>
      <span className="text-ui-fg-muted"> · </span>
      <span className="text-ui-fg-subtle">{formatPerDay(row.velocity_90, locale)}</span>
    </span>
  )
}

/** The stock-health rows of one page, the condition beside the product (seen first on a narrow screen); a row opens the SKU's view at every centre. */
export const StockHealthTable = ({
  rows,
  sort,
  onSort,
  onOpen,
  pagination,
}: {
  rows: StockHealthRow[]
  sort: SortState
  onSort: (next: SortState) => void
  onOpen: (row: StockHealthRow) => void
  pagination: { count: number; pageSize: number; pageIndex: number; onPage: (index: number) => void }
}) => {
  const { t, locale } = useOmsTranslation()
  const units = (n: number, roundUp = false) => formatUnits(n, locale, roundUp)
  const head = { state: sort, onSort }
  const productName = useProductNamesBySku(rows.map((r) => r.sku))
  return (
    <div className="flex flex-col">
      <div className="overflow-x-auto">
        <Table className="[&_td]:pr-3 [&_th]:pr-3">
          <Table.Header>
            <Table.Row>
              <SortHeader column="title" {...head}>
                {t("stockHealth.col.product")}
              </SortHeader>
              <SortHeader column="condition" {...head}>
                {t("stockHealth.col.condition")}
              </SortHeader>
              <SortHeader {...head}>{t("stockHealth.col.centre")}</SortHeader>
              <SortHeader column="on_hand" numeric {...head}>
                {t("stockHealth.col.onHand")}
              </SortHeader>
              <SortHeader numeric {...head}>
                {t("stockHealth.col.reserved")}
              </SortHeader>
              <SortHeader column="available" numeric {...head}>
                {t("stockHealth.col.available")}
              </SortHeader>
              <SortHeader numeric className="min-w-[56px]" {...head}>
                {t("stockHealth.col.inBins")}
              </SortHeader>
              <SortHeader numeric className="min-w-[72px]" {...head}>
                {t("stockHealth.col.unassigned")}
              </SortHeader>
              <SortHeader column="velocity_28" numeric {...head}>
                {t("stockHealth.col.velocity")}
              </SortHeader>
              <SortHeader column="days_of_supply" numeric {...head}>
                {t("stockHealth.col.daysOfSupply")}
              </SortHeader>
              <SortHeader column="reorder_point" numeric {...head}>
                {t("stockHealth.col.reorderPoint")}
              </SortHeader>
              <SortHeader numeric {...head}>
                {t("stockHealth.col.suggestedOrder")}
              </SortHeader>
              <SortHeader column="demand_missed" numeric className="min-w-[116px]" {...head}>
                {t("stockHealth.col.missed")}
              </SortHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row
                key={`${row.inventory_item_id}:${row.stock_location_id}`}
                data-stock-row={row.sku ?? ""}
                className="cursor-pointer [&_td]:py-2"
                onClick={() => onOpen(row)}
              >
                <Table.Cell className="min-w-[150px] max-w-[220px]">
                  <Text size="small" weight="plus" className="whitespace-normal">
                    {productName(row.sku) ?? row.title ?? t("stockHealth.untitled")}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {productName(row.sku) && row.title && <span className="whitespace-nowrap">{row.title} · </span>}
                    <span className="whitespace-nowrap">{row.sku}</span>
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <ConditionBadge condition={row.condition} />
                </Table.Cell>
                <Table.Cell className="min-w-[100px] max-w-[140px] whitespace-normal">{row.location_name ?? t("stockHealth.otherCentre")}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{units(row.on_hand)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{units(row.reserved)}</Table.Cell>
                <Table.Cell className={clx("text-right tabular-nums font-medium", row.available <= 0 && "text-ui-fg-error")}>{units(row.available)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{units(row.in_bins)}</Table.Cell>
                <Table.Cell className={clx("text-right tabular-nums", row.unassigned > 0 && "text-ui-tag-orange-text")}>{units(row.unassigned)}</Table.Cell>
                <Table.Cell className="text-right">
                  <VelocityCell row={row} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">{daysOfSupplyText(row.days_of_supply, locale, t)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{units(row.reorder_point, true)}</Table.Cell>
                <Table.Cell className={clx("text-right tabular-nums", row.reorder_now && row.suggested_order > 0 && "font-medium text-ui-fg-base")}>
                  {row.suggested_order > 0 ? units(row.suggested_order) : "—"}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatEstimate(row.demand_missed, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <TablePagination {...pagination} results={t("stockHealth.rowsWord")} />
    </div>
  )
}
