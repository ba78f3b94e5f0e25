import { useState } from "react"
import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { Legend } from "../charts/legend"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { countText } from "../../lib/routing-text"
import type { Translate } from "../../lib/translate"
import { usePutaway, useReconciliation, type ReconciliationRow } from "../../lib/use-warehouse"

const SEGMENTS = [
  { key: "in_bins", barClass: "bg-ui-tag-green-icon" },
  { key: "in_totes", barClass: "bg-ui-tag-blue-icon" },
  { key: "unassigned", barClass: "bg-ui-tag-orange-icon" },
] as const

const segments = (t: Translate) => SEGMENTS.map((s) => ({ ...s, label: t(`warehouse.segment.${s.key}`) }))

/** Where Medusa's stock at a centre is: bins, totes, or nowhere yet — one bar per item. */
const PlacementBar = ({ row, max }: { row: ReconciliationRow; max: number }) => {
  const { t } = useOmsTranslation()
  const scale = max > 0 ? 100 / max : 0
  return (
    <div
      className="bg-ui-bg-component flex h-3 w-full min-w-[120px] overflow-hidden rounded-full"
      role="img"
      aria-label={segments(t).map((s) => `${s.label}: ${row[s.key]}`).join(", ")}
    >
      {SEGMENTS.map((s) => (
        <div key={s.key} className={`${s.barClass} h-full`} style={{ width: `${Math.max(0, row[s.key]) * scale}%` }} />
      ))}
    </div>
  )
}

const PutawayForm = ({ centre, row, onDone }: { centre: string; row: ReconciliationRow; onDone: () => void }) => {
  const { t } = useOmsTranslation()
  const [binCode, setBinCode] = useState("")
  const [quantity, setQuantity] = useState(String(row.unassigned))
  const putaway = usePutaway(centre)
  const submit = async () => {
    try {
      await putaway.mutateAsync({ inventory_item_id: row.inventory_item_id, to_bin_code: binCode.trim(), quantity: Number(quantity) })
      toast.success(t("warehouse.putawayDone", { quantity, sku: row.sku ?? t("warehouse.noSku"), bin: binCode.trim() }))
      onDone()
    } catch (e) {
      toast.error(t("warehouse.putawayFailed"), { description: errorMessage(e, t("warehouse.putawayHint")) })
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input autoFocus placeholder={t("warehouse.scanBin")} value={binCode} onChange={(e) => setBinCode(e.target.value)} className="w-48"
        onKeyDown={(e) => e.key === "Enter" && binCode.trim() && submit()} />
      <Input type="number" min={1} max={row.unassigned} value={quantity} onChange={(e) => setQuantity(e.target.value)} className="w-20" />
      <Button size="small" onClick={submit} isLoading={putaway.isPending} disabled={!binCode.trim() || !(Number(quantity) > 0)}>
        {t("warehouse.putaway")}
      </Button>
      <Button size="small" variant="transparent" onClick={onDone}>
        {t("warehouse.cancel")}
      </Button>
    </div>
  )
}

/** Medusa's stocked quantity per item against bins and totes, with putaway of what no bin holds. */
export const StockReconciliation = ({ centre }: { centre: string }) => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, error } = useReconciliation(centre)
  const [open, setOpen] = useState<string | null>(null)
  if (isLoading) return <Text size="small">{t("warehouse.loadingStock")}</Text>
  if (error) return <Text className="text-ui-fg-error">{t("warehouse.stockError")}</Text>
  if (!data?.items.length) return <Text size="small" className="text-ui-fg-subtle">{t("warehouse.nothingStocked")}</Text>
  const max = Math.max(...data.items.map((r) => Math.max(r.stocked, r.in_bins + r.in_totes)))
  const rows = [...data.items].sort((a, b) => Number(!!b.problem) - Number(!!a.problem) || b.unassigned - a.unassigned)
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Legend items={segments(t)} />
        <Text size="small" className="text-ui-fg-subtle tabular-nums">
          {t("warehouse.totals", {
            stocked: countText(data.totals.stocked, locale),
            bins: countText(data.totals.in_bins, locale),
            totes: countText(data.totals.in_totes, locale),
            unassigned: countText(data.totals.unassigned, locale),
          })}
          {data.problems > 0 && (
            <Badge color="red" size="2xsmall" className="ml-2">
              {t("warehouse.problems", { count: data.problems })}
            </Badge>
          )}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("warehouse.sku")}</Table.HeaderCell>
            <Table.HeaderCell className="w-1/3">{t("warehouse.where")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("warehouse.stocked")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("warehouse.bins")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("warehouse.totes")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("warehouse.unassigned")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.inventory_item_id}>
              <Table.Cell className="font-mono">{row.sku ?? t("warehouse.noSku")}</Table.Cell>
              <Table.Cell>
                <PlacementBar row={row} max={max} />
                {row.problem && (
                  <Text size="xsmall" className="text-ui-fg-error">
                    {t("warehouse.overStocked", { extra: countText(row.in_bins + row.in_totes - row.stocked, locale) })}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{countText(row.stocked, locale)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{countText(row.in_bins, locale)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{countText(row.in_totes, locale)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{countText(row.unassigned, locale)}</Table.Cell>
              <Table.Cell className="text-right">
                {open === row.inventory_item_id ? (
                  <PutawayForm centre={centre} row={row} onDone={() => setOpen(null)} />
                ) : (
                  row.unassigned > 0 && (
                    <Button size="small" variant="secondary" onClick={() => setOpen(row.inventory_item_id)}>
                      {t("warehouse.putawayOpen")}
                    </Button>
                  )
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
