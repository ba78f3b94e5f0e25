import { useMemo } from "react"
import { code128Svg } from "../../lib/code128"

/** A Code 128 B barcode as inline SVG with the human-readable text under it. */
export const Barcode = ({
  value,
  height = 48,
  moduleWidth = 2,
  showText = true,
}: {
  value: string
  height?: number
  moduleWidth?: number
  showText?: boolean
}) => {
  const result = useMemo(() => {
    try {
      return code128Svg(value, { height })
    } catch {
      return null
    }
  }, [value, height])
  if (!result) return <span className="font-mono text-sm">{value}</span>
  return (
    <div className="inline-flex max-w-full flex-col items-center">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${result.width} ${result.height}`}
        width={result.width * moduleWidth}
        height={result.height}
        shapeRendering="crispEdges"
        // narrower than its natural width on a small label: the bars narrow evenly, their height stays
        preserveAspectRatio="none"
        style={{ maxWidth: "100%" }}
        role="img"
        aria-label={`Barcode ${value}`}
      >
        <rect width={result.width} height={result.height} fill="#fff" />
        <g fill="#000">
          {result.bars.map((b) => (
            <rect key={b.x} x={b.x} y={0} width={b.width} height={result.height} />
          ))}
        </g>
      </svg>
      {showText && <span className="mt-0.5 font-mono text-xs text-black">{value}</span>}
    </div>
  )
}
