import { Link } from "react-router-dom"
import { Badge, Table, Text } from "@medusajs/ui"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { useOmsTranslation } from "../../lib/i18n"
import { countText } from "../../lib/routing-text"
import type { Center } from "../../lib/types"

const Num = ({ value }: { value: number | null | undefined }) => {
  const { locale } = useOmsTranslation()
  return <span className="tabular-nums">{countText(value, locale)}</span>
}

export const CentersTable = ({ centers }: { centers: Center[] }) => {
  const { t, locale } = useOmsTranslation()
  return (
  <div className="overflow-x-auto">
    <Table className="whitespace-nowrap">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("centres.table.centre")}</Table.HeaderCell>
          <Table.HeaderCell>{t("centres.table.city")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.table.priority")}</Table.HeaderCell>
          <Table.HeaderCell>{t("centres.table.status")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.table.capacity")}</Table.HeaderCell>
          <Table.HeaderCell>{t("centres.table.cutoff")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.table.skus")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.table.units")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.reserved")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("centres.available")}</Table.HeaderCell>
          <Table.HeaderCell>{t("centres.lowStock")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {centers.map((c) => (
          <Table.Row key={c.stock_location_id}>
            <Table.Cell>
              <Link
                to={`/settings/locations/${c.stock_location_id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1 font-medium"
              >
                {c.name}
                <ArrowUpRightOnBox className="text-ui-fg-muted" />
              </Link>
              {!c.has_profile && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("centres.table.noProfile")}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{c.city || "—"}</span>
                {c.province && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {c.province}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.priority} />
            </Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={c.active ? "green" : "grey"}>
                {c.active ? t("centres.active") : t("centres.inactive")}
              </Badge>
            </Table.Cell>
            <Table.Cell className="text-right">
              {c.daily_order_capacity == null ? t("centres.noLimit") : <Num value={c.daily_order_capacity} />}
            </Table.Cell>
            <Table.Cell>{c.cutoff_time ?? "—"}</Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.skus} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.units} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.reserved} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.available} />
            </Table.Cell>
            <Table.Cell>
              {c.stock.low_stock_skus > 0 ? (
                <Badge size="2xsmall" color="orange">
                  {t("centres.table.low", { count: c.stock.low_stock_skus, skus: countText(c.stock.low_stock_skus, locale) })}
                </Badge>
              ) : (
                <Text size="small" className="text-ui-fg-muted">
                  0
                </Text>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
  )
}
