import { useEffect, useRef, useState } from "react"
import { Badge, Button, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { recordPick, waveKeys, type Wave } from "../../lib/use-waves"
import { applyPickChange, decidePickScan, pendingLines, pickAnswer, pickRefusal, sameCode, toteOf } from "../../lib/picking-scan"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { useScanQueue } from "../../lib/use-scan-queue"
import { ScanInput } from "./scan-input"
import { ScanMessage } from "./scan-message"
import { ShortPickPanel } from "./short-pick-panel"

/** One big figure with its caption (bin, quantity, tote). */
const Figure = ({ caption, children, className, testId }: { caption: string; children: React.ReactNode; className?: string; testId: string }) => (
  <div data-pick={testId} className={`bg-ui-bg-subtle flex min-w-0 flex-col justify-center rounded-lg px-3 py-2 text-center ${className ?? ""}`}>
    <div className="text-ui-fg-muted text-sm uppercase tracking-wide">{caption}</div>
    <div className="truncate text-5xl font-bold leading-tight tabular-nums">{children}</div>
  </div>
)

/**
 * The picker's screen, made for a tablet held in either orientation: the next bin, quantity and
 * tote in big type, the item under them, then the one scan input and the last answer; the
 * next stops below. Scan the bin, then each unit.
 */
export const PickerView = ({ wave, onComplete }: { wave: Wave; onComplete?: () => void }) => {
  const { t } = useOmsTranslation()
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
  const { progress } = wave
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Badge color={finished ? "green" : binScanned ? "green" : "blue"} size="large" data-pick-step={finished ? "done" : binScanned ? "item" : "bin"}>
          {finished ? t("picking.step.done") : binScanned ? t("picking.step.item") : t("picking.step.bin")}
        </Badge>
        <Text className="text-ui-fg-subtle tabular-nums">
          {t("picking.progress", { picked: progress.units_picked, total: progress.units_total })}
          {progress.orders_short > 0 ? ` · ${t("picking.shorted", { count: progress.orders_short })}` : ""}
        </Text>
      </div>

      {finished ? (
        <div data-wave-complete="" className="border-ui-tag-green-border bg-ui-tag-green-bg flex flex-col items-center gap-3 rounded-lg border-2 p-5 text-center">
          <div className="text-ui-tag-green-text text-3xl font-bold">{t("picking.complete.title")}</div>
          <Text>{progress.orders_picked > 0 ? t("picking.complete.toPacking") : t("picking.complete.nothingPicked")}</Text>
          {onComplete && progress.orders_picked > 0 && (
            <Button size="large" className="h-14 px-8 text-lg" onClick={onComplete}>
              {t("picking.complete.pack")}
            </Button>
          )}
        </div>
      ) : (
        <div className="flex flex-col gap-y-2">
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] gap-2">
            <Figure testId="bin" caption={t("picking.bin")} className={binScanned ? "text-ui-fg-muted" : "border-ui-fg-interactive border-2"}>
              <span className="font-mono tracking-wide">{line.bin_code}</span>
            </Figure>
            <Figure testId="quantity" caption={t("picking.quantity")}>
              {line.quantity - line.picked_quantity}
              {line.picked_quantity > 0 && <span className="text-ui-fg-muted text-2xl"> / {line.quantity}</span>}
            </Figure>
            <Figure testId="tote" caption={t("picking.tote")}>
              {tote ?? "—"}
            </Figure>
          </div>
          <div data-pick="item" className={`rounded-lg border px-3 py-2 ${binScanned ? "border-ui-fg-interactive border-2" : ""}`}>
            <div className="truncate text-2xl font-semibold leading-tight">{line.title ?? line.sku ?? t("picking.noTitle")}</div>
            <div className="text-ui-fg-subtle flex justify-between gap-2 font-mono text-base">
              <span>{line.sku ? t("picking.sku", { sku: line.sku }) : ""}</span>
              <span>{t("picking.linesLeft", { count: pending.length })}</span>
            </div>
          </div>
        </div>
      )}

      {line && shorting ? (
        <ShortPickPanel wave={wave} line={line} onDone={() => setShorting(false)} />
      ) : (
        <>
          <ScanInput
            onScan={scans.push}
            waiting={scans.waiting}
            waitingText={(n) => t("picking.scan.waiting", { count: n })}
            label={t("picking.scan.label")}
            placeholder={finished ? t("picking.scan.placeholderDone") : binScanned ? t("picking.scan.placeholderItem") : t("picking.scan.placeholderBin")}
          />
          <ScanMessage key={scans.answer?.seq} feedback={scans.answer} idle={finished ? undefined : t("picking.scan.idle")} />
          {line && (
            <div className="flex gap-2">
              {binScanned && (
                <Button size="large" variant="secondary" className="h-14 flex-1 text-base" onClick={() => setBinFor(null)}>
                  {t("picking.rescanBin")}
                </Button>
              )}
              <Button size="large" variant="secondary" className="h-14 flex-1 text-base" onClick={() => setShorting(true)}>
                {t("picking.shortPick")}
              </Button>
            </div>
          )}
        </>
      )}

      {upcoming.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-muted uppercase tracking-wide">
            {t("picking.then")}
          </Text>
          {upcoming.map((l) => (
            <div key={l.id} className="flex justify-between gap-2 rounded-md border px-3 py-2 text-base">
              <span className="font-mono font-semibold">{l.bin_code}</span>
              <span className="flex-1 truncate">{l.title ?? l.sku}</span>
              <span className="tabular-nums">{t("picking.thenLine", { count: l.quantity - l.picked_quantity, tote: toteOf(wave, l.order_id) ?? "—" })}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
