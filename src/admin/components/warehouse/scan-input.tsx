import { useEffect, useRef, useState } from "react"
import { clx } from "@medusajs/ui"

/** Another field the user is typing in (or an open menu, dialog or list): leave focus there. */
function typingElsewhere(active: Element | null, input: HTMLInputElement | null): boolean {
  if (!active || active === input || !(active instanceof HTMLElement)) return false
  return (
    active.tagName === "INPUT" ||
    active.tagName === "TEXTAREA" ||
    active.tagName === "SELECT" ||
    active.isContentEditable ||
    (active.getAttribute("role") === "combobox" && active.getAttribute("aria-expanded") === "true") ||
    !!active.closest("[role=listbox],[role=menu]") ||
    inOtherDialog(active, input)
  )
}

/** A dialog other than the one the scan input sits in (the full-screen scanning mode is one). */
function inOtherDialog(active: HTMLElement, input: HTMLInputElement | null): boolean {
  const dialog = active.closest("[role=dialog]")
  return !!dialog && !(input && dialog.contains(input))
}

/**
 * The scan input for a keyboard-wedge scanner (types the code, then Enter). Never drops a scan:
 * every Enter is handed to `onScan` at once (the screen queues it), and keys typed while focus
 * is elsewhere (a button just tapped, the page) land here instead of getting lost. Focus comes
 * back right after a tap, but not while the user is typing into another field.
 */
export const ScanInput = ({
  onScan,
  placeholder,
  waiting = 0,
  waitingText,
  label = "Scan",
}: {
  onScan: (code: string) => void
  placeholder?: string
  /** Scans sent and not answered yet (shown, so a slow connection is visible). */
  waiting?: number
  waitingText?: (n: number) => string
  /** The input's accessible name. */
  label?: string
}) => {
  const ref = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState("")
  const valueRef = useRef("")
  const onScanRef = useRef(onScan)
  onScanRef.current = onScan

  const set = (next: string) => {
    valueRef.current = next
    setValue(next)
  }
  const submit = () => {
    const code = valueRef.current.trim()
    set("")
    if (code) onScanRef.current(code)
  }

  useEffect(() => {
    const input = ref.current
    const refocus = () => {
      if (!typingElsewhere(document.activeElement, ref.current)) ref.current?.focus({ preventScroll: true })
    }
    // A tap moves focus to a button or the page: take it back once the tap is handled.
    const onFocusOut = () => window.setTimeout(refocus, 0)
    // Keys that reach the page or a button belong to the scanner: keep them, and keep Enter
    // from pressing the button that has focus.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.target === ref.current || typingElsewhere(e.target as Element, ref.current)) return
      if (e.ctrlKey || e.metaKey || e.altKey) return
      if (e.key.length === 1) {
        e.preventDefault()
        set(valueRef.current + e.key)
        ref.current?.focus({ preventScroll: true })
      } else if (e.key === "Enter" && valueRef.current) {
        e.preventDefault()
        e.stopPropagation()
        submit()
        ref.current?.focus({ preventScroll: true })
      }
    }
    refocus()
    input?.addEventListener("focusout", onFocusOut)
    document.addEventListener("keydown", onKeyDown, true)
    const timer = window.setInterval(refocus, 750)
    return () => {
      input?.removeEventListener("focusout", onFocusOut)
      document.removeEventListener("keydown", onKeyDown, true)
      window.clearInterval(timer)
    }
  }, [])

  return (
    <div className="flex flex-col gap-y-1">
      <input
        ref={ref}
        value={value}
        autoFocus
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        aria-label={label}
        data-scan-input=""
        placeholder={placeholder ?? "Scan…"}
        onChange={(e) => set(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return
          e.preventDefault()
          submit()
        }}
        className={clx(
          "bg-ui-bg-field text-ui-fg-base w-full rounded-lg border-2 px-4 py-3 font-mono text-2xl outline-none",
          "border-ui-border-interactive focus:shadow-borders-interactive-with-focus"
        )}
      />
      {waiting > 0 && waitingText && (
        <span className="text-ui-fg-subtle text-sm" aria-live="polite">
          {waitingText(waiting)}
        </span>
      )}
    </div>
  )
}
