import { Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, formatDecimal } from "../../lib/kpi-format"
import { useUserNames } from "../../lib/use-store-data"
import { useDecideTransfer, type TransferRow } from "../../lib/use-transfers"
import { TablePagination } from "../common/table-pagination"

/** Suggestions in rank order with what replaying past orders showed, and the merchant's decision on each. */
export const TransfersTable = ({
  transfers,
  pagination,
}: {
  transfers: TransferRow[]
  pagination: { count: number; pageSize: number; pageIndex: number; onPage: (index: number) => void }
}) => {
  const { t, locale } = useOmsTranslation()
  const prompt = usePrompt()
  const decide = useDecideTransfer()
  const userName = useUserNames(transfers.map((r) => r.accepted_by).filter((id): id is string => !!id))
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })
  // savings besides distance, only those the replay found
  const others = (r: TransferRow) =>
    [
      [r.parcels_saved, "transfers.savedParcels"],
      [r.splits_saved, "transfers.savedSplits"],
      [r.backorders_saved, "transfers.savedBackorders"],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, key]) => t(key as string, { count: n as number }))
  const kmText = (n: number) => `${formatDecimal(Math.abs(n), locale, Math.abs(n) < 10 ? 1 : 0)} km`
  const km = (n: number) =>
    n > 0.05 ? t("transfers.kmValue", { km: kmText(n) }) : n < -0.05 ? t("transfers.kmWorse", { km: kmText(n) }) : t("transfers.noChange")
  const names = (r: TransferRow) => ({ count: r.units, units: formatCount(r.units, locale), sku: r.sku ?? r.title ?? "", from: r.from.name ?? "", to: r.to.name ?? "" })

  const accept = async (r: TransferRow) => {
    const ok = await prompt({
      title: t("transfers.confirmTitle", names(r)),
      description: t("transfers.confirmText", names(r)),
      confirmText: t("transfers.confirm"),
      cancelText: t("transfers.cancel"),
      variant: "confirmation",
    })
    if (!ok) return
    decide.mutate(
      { id: r.id, action: "accept" },
      {
        onSuccess: ({ bins_out }) => {
          const from = [
            ...(bins_out?.from_unassigned ? [t("transfers.acceptedUnassigned", { count: bins_out.from_unassigned })] : []),
            ...(bins_out?.from_bins ?? []).map((b) => `${b.code} × ${b.quantity}`),
          ]
          toast.success(t("transfers.accepted"), {
            description: `${t("transfers.acceptedText", names(r))} ${from.length ? t("transfers.acceptedBins", { bins: from.join(", ") }) : ""}`,
          })
        },
        onError: (error) => toast.error(t("transfers.acceptFailed"), { description: errorMessage(error) }),
      }
    )
  }
  const dismiss = (r: TransferRow) =>
    decide.mutate(
      { id: r.id, action: "dismiss" },
      {
        onSuccess: () => toast.info(t("transfers.dismissed")),
        onError: (error) => toast.error(t("transfers.dismissFailed"), { description: errorMessage(error) }),
      }
    )

  return (
    <div className="flex flex-col">
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("transfers.columns.product")}</Table.HeaderCell>
              <Table.HeaderCell>{t("transfers.columns.move")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("transfers.columns.units")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("transfers.columns.km")}</Table.HeaderCell>
              <Table.HeaderCell>{t("transfers.other")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {transfers.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <div className="flex flex-col whitespace-nowrap py-1">
                    <Text size="small" weight="plus">{r.sku ?? "—"}</Text>
                    {r.title && r.title !== r.sku && <Text size="xsmall" className="text-ui-fg-subtle">{r.title}</Text>}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col whitespace-nowrap py-1">
                    <Text size="small">{t("transfers.from", { name: r.from.name ?? "—" })}</Text>
                    <Text size="small">{t("transfers.to", { name: r.to.name ?? "—" })}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">{formatCount(r.units, locale)}</Table.Cell>
                <Table.Cell className="text-right whitespace-nowrap">
                  <div className="flex flex-col py-1">
                    <Text size="small">{km(r.km_saved)}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">{t("transfers.onOrders", { count: r.orders_replayed })}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    {others(r).map((line) => (
                      <Text key={line} size="small">{line}</Text>
                    ))}
                    {!others(r).length && <Text size="small" className="text-ui-fg-muted">{t("transfers.noChange")}</Text>}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {r.status === "suggested" ? (
                    <div className="flex justify-end gap-2 whitespace-nowrap">
                      <Button size="small" variant="secondary" onClick={() => dismiss(r)} disabled={decide.isPending}>{t("transfers.dismiss")}</Button>
                      <Button size="small" onClick={() => accept(r)} disabled={decide.isPending}>{t("transfers.accept")}</Button>
                    </div>
                  ) : (
                    <Text size="xsmall" className="text-ui-fg-subtle text-right">
                      {r.status === "accepted" && r.accepted_at
                        ? t("transfers.acceptedBy", { name: userName(r.accepted_by) ?? t("transfers.anAdmin"), when: date.format(new Date(r.accepted_at)) })
                        : t(`transfers.statuses.${r.status}`)}
                    </Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <TablePagination {...pagination} />
    </div>
  )
}
