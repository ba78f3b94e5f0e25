/** A thick progress bar with "done / total" for the warehouse screens. */
export const ProgressBar = ({ done, total, label }: { done: number; total: number; label?: string }) => {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0
  return (
    <div className="flex flex-col gap-y-1">
      <div className="text-ui-fg-subtle flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums">
          {done} / {total} ({pct}%)
        </span>
      </div>
      <div className="bg-ui-bg-subtle h-4 w-full overflow-hidden rounded-full border" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
        <div className="bg-ui-tag-green-icon h-full transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  )
}
