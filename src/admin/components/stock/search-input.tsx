import { Input, Label } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** A search box that reports what was typed once typing pauses, so each key press is not a request. */
export const SearchInput = ({ id, label, placeholder, value, onChange }: { id: string; label: string; placeholder: string; value: string | null; onChange: (value: string | null) => void }) => {
  const [text, setText] = useState(value ?? "")
  useEffect(() => setText(value ?? ""), [value])
  useEffect(() => {
    const trimmed = text.trim()
    if (trimmed === (value ?? "")) return
    const timer = setTimeout(() => onChange(trimmed || null), 300)
    return () => clearTimeout(timer)
  }, [text])
  return (
    <div className="flex min-w-[220px] flex-col gap-y-1">
      <Label htmlFor={id} size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Label>
      <Input id={id} type="search" size="small" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} />
    </div>
  )
}
