import { Badge, Table, Text } from "@medusajs/ui"
import { CAUSE_COLORS } from "../../lib/cause-colors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { ROOT_CAUSE_LABELS, type ReturnLine } from "../../lib/kpi-types"
import { useProductTitles, useUserNames } from "../../lib/use-store-data"
import { TablePagination } from "../common/table-pagination"

/** The returned lines of one page: what came back, why, in the customer's words, and where and how it was shipped. */
export const ReturnLinesTable = ({
  lines,
  centreName,
  pagination,
}: {
  lines: ReturnLine[]
  centreName: (id: string | null) => string
  pagination: { count: number; pageSize: number; pageIndex: number; onPage: (index: number) => void }
}) => {
  const { t, locale, contentLocale } = useOmsTranslation()
  const productTitle = useProductTitles(lines.map((l) => l.product_id).filter((id): id is string => !!id))
  const userName = useUserNames(lines.map((l) => l.packed_by).filter((id): id is string => !!id))
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })

  return (
    <div className="flex flex-col">
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="whitespace-nowrap">{t("returns.col.date")}</Table.HeaderCell>
              <Table.HeaderCell>{t("returns.col.product")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("returns.col.quantity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("returns.col.cause")}</Table.HeaderCell>
              <Table.HeaderCell>{t("returns.col.customer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("returns.col.centre")}</Table.HeaderCell>
              <Table.HeaderCell>{t("returns.col.packing")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((line) => {
              const reason = line.reason_path.map((r) => r.label).filter(Boolean).join(" › ")
              const packer = line.packed_by ? userName(line.packed_by) ?? (line.packed_by.startsWith("user_") ? t("returns.staff") : line.packed_by) : null
              return (
                <Table.Row key={line.id} className="[&_td]:align-top [&_td]:py-2.5">
                  <Table.Cell className="whitespace-nowrap tabular-nums">
                    {line.requested_at ? date.format(new Date(line.requested_at)) : "—"}
                  </Table.Cell>
                  <Table.Cell className="min-w-[160px] max-w-[240px]">
                    <Text size="small" weight="plus" className="whitespace-normal">
                      {productTitle(line.product_id) ?? t("returns.unknownProduct")}
                    </Text>
                    {line.part !== "all" && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {t(`returns.part.${line.part}`)}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(line.quantity, locale)}</Table.Cell>
                  <Table.Cell className="min-w-[220px] max-w-[340px]">
                    <Badge size="2xsmall" color={CAUSE_COLORS[line.cause]?.badge ?? "grey"} className="h-auto whitespace-normal py-0.5 text-left">
                      {line.cause_label?.[contentLocale] ?? ROOT_CAUSE_LABELS[line.cause]?.[contentLocale] ?? line.cause}
                    </Badge>
                    {line.rule_text && (
                      <Text size="xsmall" className="text-ui-fg-subtle mt-1 whitespace-normal">
                        {line.rule_text[contentLocale]}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="min-w-[160px] max-w-[260px]">
                    {reason ? (
                      <Text size="small" className="whitespace-normal">
                        {reason}
                      </Text>
                    ) : (
                      <Text size="small" className="text-ui-fg-muted">
                        {t("returns.noReason")}
                      </Text>
                    )}
                    {line.note && (
                      <Text size="xsmall" className="text-ui-fg-subtle mt-0.5 whitespace-normal italic">
                        “{line.note}”
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{centreName(line.stock_location_id)}</Table.Cell>
                  <Table.Cell className="min-w-[150px] break-words">
                    <Text size="small">{packer ?? "—"}</Text>
                    {line.carton_code && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {t("returns.carton", { code: line.carton_code })}
                      </Text>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      <TablePagination count={pagination.count} pageSize={pagination.pageSize} pageIndex={pagination.pageIndex} onPage={pagination.onPage} />
    </div>
  )
}
