import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOmsTranslation } from "../../lib/i18n"
import { kpiOrderDetail, type KpiOrderRowView } from "../../lib/kpi-order-text"
import { useCentreLookup } from "../../lib/use-centre-lookup"

/** One page of the orders behind a tile: number, when placed, centre, outcome and what it means. */
export const KpiOrdersTable = ({ rows, kpi, problem }: { rows: KpiOrderRowView[]; kpi: string; problem: string }) => {
  const { t, locale } = useOmsTranslation()
  const centre = useCentreLookup()
  const placed = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("drill.col.order")}</Table.HeaderCell>
          <Table.HeaderCell>{t("drill.col.placed")}</Table.HeaderCell>
          <Table.HeaderCell>{t("drill.col.centre")}</Table.HeaderCell>
          <Table.HeaderCell>{t("drill.col.outcome")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => {
          const firstCentre = row.stock_location_ids[0] ?? null
          const detail = kpiOrderDetail(row, kpi, { t, locale, timeZone: centre.timeZone(firstCentre) })
          const centres = row.stock_location_ids.map((id) => centre.name(id) ?? t("returns.otherCentre")).join(", ")
          return (
            <Table.Row key={row.shipment_id ?? row.order_id} className="[&_td]:py-2.5 [&_td]:align-top">
              <Table.Cell className="whitespace-nowrap">
                <Link to={`/orders/${row.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus">
                  {row.display_id != null ? t("atRisk.order", { number: row.display_id }) : t("atRisk.orderUnknown")}
                </Link>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap tabular-nums">{placed.format(new Date(row.placed_at))}</Table.Cell>
              <Table.Cell className="min-w-[120px] whitespace-normal">{centres || t("drill.noCentre")}</Table.Cell>
              <Table.Cell className="min-w-[220px]">
                <StatusBadge color={row.outcome === problem ? "red" : "green"}>{t(`drill.outcome.${row.outcome}`)}</StatusBadge>
                {detail && (
                  <Text size="xsmall" className="text-ui-fg-subtle mt-1 whitespace-normal">
                    {detail}
                  </Text>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
