import type { DrawnMap } from "../../lib/map-paths"

export interface MapMarker {
  id: string
  x: number
  y: number
  label: string
  /** Circle radius in px. */
  radius: number
  muted?: boolean
}

/**
 * An SVG map of pre-drawn shapes (d3-geo paths), filled per code, with markers on top. Hovering
 * or focusing a shape reports its code so the page can show its numbers.
 */
export const ShapeMap = ({
  drawn,
  width,
  height,
  fillOf,
  hovered,
  onHover,
  markers = [],
  label,
}: {
  drawn: DrawnMap
  width: number
  height: number
  fillOf: (code: string) => string
  hovered: string | null
  onHover: (code: string | null) => void
  markers?: MapMarker[]
  label: string
}) => (
  <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-label={label} onMouseLeave={() => onHover(null)}>
    <rect width={width} height={height} fill="#f8fafc" rx={8} />
    {drawn.shapes.map((shape) => (
      <path
        key={shape.code}
        d={shape.path}
        fill={fillOf(shape.code)}
        stroke={hovered === shape.code ? "#0f172a" : "#94a3b8"}
        strokeWidth={hovered === shape.code ? 1.5 : 0.5}
        tabIndex={0}
        onMouseEnter={() => onHover(shape.code)}
        onFocus={() => onHover(shape.code)}
        className="cursor-pointer outline-none"
      />
    ))}
    {markers.map((m) => (
      <g key={m.id} transform={`translate(${m.x},${m.y})`} pointerEvents="none">
        <circle r={m.radius} fill={m.muted ? "#94a3b8" : "#f97316"} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5} />
        <text y={-m.radius - 4} textAnchor="middle" fontSize={11} fontWeight={600} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
          {m.label}
        </text>
      </g>
    ))}
  </svg>
)
