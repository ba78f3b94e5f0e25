import { useEffect, useRef, useState } from "react"
import { Badge, Button, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { recordPick, useShortPick, waveKeys, type Wave, type WaveLine } from "../../lib/use-waves"
import { applyPickChange, decidePickScan, pendingLines, pickAnswer, pickRefusal, sameCode, toteOf } from "../../lib/picking-scan"
import { errorMessage } from "../../lib/errors"
import { scanText } from "../../lib/scan-text"
import { useScanQueue } from "../../lib/use-scan-queue"
import { ProgressBar } from "./progress-bar"
import { ScanInput } from "./scan-input"
import { ScanMessage } from "./scan-message"

/** Short pick for the current line: found quantity and reason (releases and re-routes the order). */
const ShortPickPanel = ({ wave, line, onDone }: { wave: Wave; line: WaveLine; onDone: () => void }) => {
  const shortPick = useShortPick(wave.id)
  const [found, setFound] = useState(String(line.picked_quantity))
  const [reason, setReason] = useState("")
  const foundNumber = Number(found)
  const valid = Number.isInteger(foundNumber) && foundNumber >= 0 && foundNumber < line.quantity && reason.trim().length > 0
  return (
    <div className="border-ui-tag-orange-border bg-ui-tag-orange-bg flex flex-col gap-y-3 rounded-lg border-2 p-4">
      <Text weight="plus" className="text-lg">
        Short pick at {line.bin_code}: {line.title ?? line.sku}
      </Text>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="short-found">Found quantity (of {line.quantity})</Label>
          <Input
            id="short-found"
            type="number"
            min={0}
            max={line.quantity - 1}
            className="h-12 w-32 text-lg"
            value={found}
            onChange={(e) => setFound(e.target.value)}
          />
        </div>
        <div className="flex min-w-[240px] flex-1 flex-col gap-y-1">
          <Label htmlFor="short-reason">Reason</Label>
          <Textarea
            id="short-reason"
            rows={2}
            className="text-base"
            placeholder="e.g. bin empty, damaged"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        The order is released from this wave and re-routed.
      </Text>
      <div className="flex gap-2">
        <Button size="large" variant="secondary" className="h-12 flex-1" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="large"
          variant="danger"
          className="h-12 flex-1"
          disabled={!valid}
          isLoading={shortPick.isPending}
          onClick={() =>
            shortPick.mutate(
              { pick_line_id: line.id, found_quantity: foundNumber, reason: reason.trim() },
              {
                onSuccess: () => {
                  toast.success("Short pick recorded")
                  onDone()
                },
                onError: (e) => toast.error("Short pick failed", { description: errorMessage(e) }),
              }
            )
          }
        >
          Record short pick
        </Button>
      </div>
    </div>
  )
}

/** The picker's screen: next stop in big type, one scan input for bin then item, progress. */
export const PickerView = ({ wave }: { wave: Wave }) => {
  const queryClient = useQueryClient()
  const pending = pendingLines(wave)
  const line = pending[0] ?? null
  /** The bin last scanned: stays valid while the next lines are in the same bin. */
  const [binFor, setBinForState] = useState<string | null>(null)
  const binRef = useRef<string | null>(null)
  const setBinFor = (bin: string | null) => {
    binRef.current = bin
    setBinForState(bin)
  }
  const [shorting, setShorting] = useState(false)
  const binScanned = !!line && !!binFor && sameCode(binFor, line.bin_code)
  const tote = line ? toteOf(wave, line.order_id) : null
  const upcoming = pending.slice(1, 4)

  useEffect(() => {
    setShorting(false)
  }, [line?.id])

  // Scans are worked one after another against the wave as the previous scan left it: the
  // query cache (updated synchronously with each answer), not this render's props.
  const key = waveKeys.detail(wave.id)
  const current = () => queryClient.getQueryData<{ wave: Wave }>(key)?.wave ?? wave
  const scans = useScanQueue(async (code) => {
    const decision = decidePickScan(current(), binRef.current, code)
    if (decision.kind === "answer") {
      setBinFor(decision.bin)
      return decision.answer
    }
    try {
      const change = await recordPick(wave.id, decision.body)
      const before = current()
      queryClient.setQueryData(key, { wave: applyPickChange(before, change) })
      if (change.wave.status !== before.status) queryClient.invalidateQueries({ queryKey: waveKeys.list(wave.stock_location_id) })
      return pickAnswer(before, change)
    } catch (e) {
      // The screen may be behind (another picker, a short pick): catch up before the next scan.
      await queryClient.refetchQueries({ queryKey: key })
      return pickRefusal(decision.line, errorMessage(e))
    }
  })

  const finished = !line
  return (
    <div className="flex flex-col gap-y-4">
      <ProgressBar done={wave.progress.lines_picked} total={wave.progress.lines_total} label="Lines picked" />
      <Text size="small" className="text-ui-fg-subtle">
        {wave.progress.units_picked} / {wave.progress.units_total} units · {wave.progress.orders_short} order(s) shorted
      </Text>

      {finished ? (
        <div className="border-ui-tag-green-border bg-ui-tag-green-bg rounded-lg border-2 p-6 text-center">
          <div className="text-ui-tag-green-text text-3xl font-bold">Wave complete</div>
          <Text className="mt-1">Status: {wave.status}. Take the totes to packing.</Text>
        </div>
      ) : (
        <div className="bg-ui-bg-base flex flex-col gap-y-3 rounded-xl border-2 p-5">
          <div className="flex items-center justify-between">
            <Text size="small" className="text-ui-fg-muted uppercase tracking-wide">
              Next stop · {pending.length} line(s) left
            </Text>
            <Badge color={binScanned ? "green" : "blue"} size="large">
              {binScanned ? "Step 2: scan item" : "Step 1: scan bin"}
            </Badge>
          </div>
          <div className={`font-mono text-6xl font-bold tracking-wider ${binScanned ? "text-ui-fg-muted line-through" : ""}`}>
            {line.bin_code}
          </div>
          <div className={binScanned ? "" : "opacity-70"}>
            <div className="text-3xl font-semibold leading-tight">{line.title ?? "(no title)"}</div>
            <div className="text-ui-fg-subtle font-mono text-xl">{line.sku ?? "no SKU"}</div>
          </div>
          <div className="grid grid-cols-2 gap-3">
            <div className="bg-ui-bg-subtle rounded-lg p-3 text-center">
              <div className="text-ui-fg-muted text-sm uppercase">Quantity</div>
              <div className="text-5xl font-bold tabular-nums">
                {line.quantity - line.picked_quantity}
                {line.picked_quantity > 0 && <span className="text-ui-fg-muted text-2xl"> / {line.quantity}</span>}
              </div>
            </div>
            <div className="bg-ui-bg-subtle rounded-lg p-3 text-center">
              <div className="text-ui-fg-muted text-sm uppercase">Tote</div>
              <div className="text-5xl font-bold tabular-nums">{tote ?? "—"}</div>
            </div>
          </div>
        </div>
      )}

      {!shorting && (
        <ScanInput
          onScan={scans.push}
          waiting={scans.waiting}
          waitingText={scanText.waiting}
          placeholder={finished ? "Wave picked — take the totes to packing" : binScanned ? "Scan the item barcode…" : "Scan the bin label…"}
        />
      )}
      <ScanMessage key={scans.answer?.seq} feedback={scans.answer} />

      {line && !shorting && (
        <div className="flex gap-2">
          {binScanned && (
            <Button size="large" variant="secondary" className="h-14 flex-1 text-base" onClick={() => setBinFor(null)}>
              Re-scan bin
            </Button>
          )}
          <Button size="large" variant="secondary" className="h-14 flex-1 text-base" onClick={() => setShorting(true)}>
            Short pick
          </Button>
        </div>
      )}
      {line && shorting && <ShortPickPanel wave={wave} line={line} onDone={() => setShorting(false)} />}

      {upcoming.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-muted uppercase tracking-wide">
            Then
          </Text>
          {upcoming.map((l) => (
            <div key={l.id} className="flex justify-between gap-2 rounded-md border px-3 py-2 text-base">
              <span className="font-mono font-semibold">{l.bin_code}</span>
              <span className="flex-1 truncate">{l.title ?? l.sku}</span>
              <span className="tabular-nums">
                ×{l.quantity - l.picked_quantity} → tote {toteOf(wave, l.order_id) ?? "—"}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
