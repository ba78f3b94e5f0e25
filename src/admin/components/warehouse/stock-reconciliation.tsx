import { useState } from "react"
import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { Legend } from "../charts/legend"
import { errorMessage } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import { usePutaway, useReconciliation, type ReconciliationRow } from "../../lib/use-warehouse"

const SEGMENTS = [
  { key: "in_bins", label: "In bins", barClass: "bg-ui-tag-green-icon" },
  { key: "in_totes", label: "Picked, in totes", barClass: "bg-ui-tag-blue-icon" },
  { key: "unassigned", label: "Unassigned (no bin yet)", barClass: "bg-ui-tag-orange-icon" },
] as const

/** Where Medusa's stock at a centre is: bins, totes, or nowhere yet — one bar per item. */
const PlacementBar = ({ row, max }: { row: ReconciliationRow; max: number }) => {
  const scale = max > 0 ? 100 / max : 0
  return (
    <div
      className="bg-ui-bg-component flex h-3 w-full min-w-[120px] overflow-hidden rounded-full"
      role="img"
      aria-label={SEGMENTS.map((s) => `${row[s.key]} ${s.label.toLowerCase()}`).join(", ")}
    >
      {SEGMENTS.map((s) => (
        <div key={s.key} className={`${s.barClass} h-full`} style={{ width: `${Math.max(0, row[s.key]) * scale}%` }} />
      ))}
    </div>
  )
}

const PutawayForm = ({ centre, row, onDone }: { centre: string; row: ReconciliationRow; onDone: () => void }) => {
  const [binCode, setBinCode] = useState("")
  const [quantity, setQuantity] = useState(String(row.unassigned))
  const putaway = usePutaway(centre)
  const submit = async () => {
    try {
      await putaway.mutateAsync({ inventory_item_id: row.inventory_item_id, to_bin_code: binCode.trim(), quantity: Number(quantity) })
      toast.success(`${quantity} × ${row.sku ?? row.inventory_item_id} put away in ${binCode.trim()}`)
      onDone()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input autoFocus placeholder="Scan or type the bin" value={binCode} onChange={(e) => setBinCode(e.target.value)} className="w-48"
        onKeyDown={(e) => e.key === "Enter" && binCode.trim() && submit()} />
      <Input type="number" min={1} max={row.unassigned} value={quantity} onChange={(e) => setQuantity(e.target.value)} className="w-20" />
      <Button size="small" onClick={submit} isLoading={putaway.isPending} disabled={!binCode.trim() || !(Number(quantity) > 0)}>
        Put away
      </Button>
      <Button size="small" variant="transparent" onClick={onDone}>
        Cancel
      </Button>
    </div>
  )
}

/** Medusa's stocked quantity per item against bins and totes, with putaway of what no bin holds. */
export const StockReconciliation = ({ centre }: { centre: string }) => {
  const { data, isLoading, error } = useReconciliation(centre)
  const [open, setOpen] = useState<string | null>(null)
  if (isLoading) return <Text size="small">Loading stock…</Text>
  if (error) return <Text className="text-ui-fg-error">Could not load stock: {errorMessage(error)}</Text>
  if (!data?.items.length) return <Text size="small" className="text-ui-fg-subtle">Medusa stocks nothing at this centre yet.</Text>
  const max = Math.max(...data.items.map((r) => Math.max(r.stocked, r.in_bins + r.in_totes)))
  const rows = [...data.items].sort((a, b) => Number(!!b.problem) - Number(!!a.problem) || b.unassigned - a.unassigned)
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Legend items={SEGMENTS} />
        <Text size="small" className="text-ui-fg-subtle tabular-nums">
          {formatNumber(data.totals.stocked)} stocked · {formatNumber(data.totals.in_bins)} in bins · {formatNumber(data.totals.in_totes)} in totes ·{" "}
          {formatNumber(data.totals.unassigned)} unassigned
          {data.problems > 0 && (
            <Badge color="red" size="2xsmall" className="ml-2">
              {data.problems} problem{data.problems === 1 ? "" : "s"}
            </Badge>
          )}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell className="w-1/3">Where it is</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Medusa</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Bins</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Totes</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unassigned</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.inventory_item_id}>
              <Table.Cell className="font-mono">{row.sku ?? row.inventory_item_id}</Table.Cell>
              <Table.Cell>
                <PlacementBar row={row} max={max} />
                {row.problem && (
                  <Text size="xsmall" className="text-ui-fg-error">
                    {row.problem}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(row.stocked)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(row.in_bins)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(row.in_totes)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(row.unassigned)}</Table.Cell>
              <Table.Cell className="text-right">
                {open === row.inventory_item_id ? (
                  <PutawayForm centre={centre} row={row} onDone={() => setOpen(null)} />
                ) : (
                  row.unassigned > 0 && (
                    <Button size="small" variant="secondary" onClick={() => setOpen(row.inventory_item_id)}>
                      Put away…
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
