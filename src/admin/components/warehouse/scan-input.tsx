import { useEffect, useRef, useState } from "react"
import { clx } from "@medusajs/ui"

/**
 * One always-focused text input for a keyboard-wedge scanner (types the code, presses Enter).
 * Focus comes back whenever it is lost to nothing (a click on the page, a closed dialog), but not
 * while the user is typing into another field.
 */
export const ScanInput = ({
  onScan,
  placeholder,
  disabled,
  busy,
}: {
  onScan: (code: string) => void
  placeholder?: string
  disabled?: boolean
  busy?: boolean
}) => {
  const ref = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState("")

  useEffect(() => {
    if (disabled) return
    const refocus = () => {
      const active = document.activeElement as HTMLElement | null
      const typingElsewhere =
        active &&
        active !== ref.current &&
        (active.tagName === "INPUT" || active.tagName === "TEXTAREA" || active.tagName === "SELECT" || active.isContentEditable ||
          active.getAttribute("role") === "combobox" || active.closest("[role=dialog],[role=listbox]"))
      if (!typingElsewhere) ref.current?.focus({ preventScroll: true })
    }
    refocus()
    const timer = window.setInterval(refocus, 750)
    return () => window.clearInterval(timer)
  }, [disabled])

  return (
    <input
      ref={ref}
      value={value}
      disabled={disabled}
      autoFocus
      autoComplete="off"
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      inputMode="text"
      aria-label="Scan"
      placeholder={placeholder ?? "Scan…"}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== "Enter") return
        e.preventDefault()
        const code = value.trim()
        setValue("")
        if (code && !busy) onScan(code)
      }}
      className={clx(
        "bg-ui-bg-field text-ui-fg-base w-full rounded-lg border-2 px-4 py-3 font-mono text-2xl outline-none",
        "border-ui-border-interactive focus:shadow-borders-interactive-with-focus",
        disabled && "opacity-50"
      )}
    />
  )
}
