import { Checkbox, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { atRiskReasonTexts } from "../../lib/at-risk-text"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import type { QueueOrdersResponse } from "../../lib/queue-types"
import { stageName } from "../../lib/stage-name"
import { useFormatContext } from "../../lib/use-format"
import { TablePagination } from "../common/table-pagination"

type Row = QueueOrdersResponse["orders"][number]

export interface QueueOrdersTableProps {
  rows: Row[]
  selected: ReadonlySet<string>
  onToggle: (row: Row) => void
  onToggleAll: (on: boolean) => void
  pagination: { count: number; pageSize: number; pageIndex: number; onPage: (index: number) => void }
}

const placedText = (iso: string | null, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(iso)) : "—"

/** One queue's order parts: number (opens Medusa's order) and centre, customer, when placed, units, step or why at risk. */
export const QueueOrdersTable = ({ rows, selected, onToggle, onToggleAll, pagination }: QueueOrdersTableProps) => {
  const { t, locale } = useOmsTranslation()
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.shipment_id))
  const { units } = useFormatContext(null)
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="w-10">
              <Checkbox aria-label={t("queues.selectAll")} checked={allOn} onCheckedChange={(on) => onToggleAll(on === true)} />
            </Table.HeaderCell>
            <Table.HeaderCell>{t("queues.col.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("queues.col.customer")}</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap">{t("queues.col.placed")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("queues.col.units")}</Table.HeaderCell>
            <Table.HeaderCell>{t("queues.col.step")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.shipment_id} className="[&_td]:py-2.5 [&_td]:align-top" data-oms-queue-row={r.display_id ?? ""}>
              <Table.Cell>
                <Checkbox aria-label={t("queues.select", { number: r.display_id ?? "" })} checked={selected.has(r.shipment_id)} onCheckedChange={() => onToggle(r)} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <Link to={`/orders/${r.order_id}`} className="text-ui-fg-interactive hover:underline">
                  {r.display_id != null ? t("queues.orderNumber", { number: r.display_id }) : t("queues.orderUnknown")}
                </Link>
                {/* the centre under the number keeps the table inside a tablet's width */}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {r.location_name ?? t("queues.noCentre")}
                </Text>
              </Table.Cell>
              <Table.Cell className="max-w-[220px]">
                <div className="flex flex-col">
                  <Text size="small" className="truncate">{r.customer_name ?? r.email ?? "—"}</Text>
                  {r.customer_name && r.email && (
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {r.email}
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap tabular-nums">{placedText(r.placed_at, locale)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatCount(r.units, locale)}</Table.Cell>
              <Table.Cell className="min-w-[160px]">
                <Text size="small">{stageName(t, r.stage)}</Text>
                {r.reasons?.length ? (
                  atRiskReasonTexts({ reasons: r.reasons, ship_by: r.ship_by ?? null, minutes_to_cutoff: r.minutes_to_cutoff ?? null }, { t, units }).map((text) => (
                    <Text key={text} size="xsmall" className="text-ui-fg-error whitespace-normal">
                      {text}
                    </Text>
                  ))
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePagination {...pagination} results={t("queues.results")} />
    </div>
  )
}
