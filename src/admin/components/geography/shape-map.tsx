import type { DrawnMap } from "../../lib/map-paths"

export interface MapMarker {
  id: string
  x: number
  y: number
  /** Empty for an unlabelled dot. */
  label: string
  /** Circle radius in px. */
  radius: number
  muted?: boolean
}

/** A zoomed copy of part of the map (Java, where most orders go), drawn in a corner of it. */
export interface MapInset {
  drawn: DrawnMap
  x: number
  y: number
  width: number
  height: number
  title: string
  markers: MapMarker[]
}

interface ShapesProps {
  drawn: DrawnMap
  fillOf: (code: string) => string
  hovered: string | null
  onHover: (code: string | null) => void
  thin?: number
}

const Shapes = ({ drawn, fillOf, hovered, onHover, thin = 0.5 }: ShapesProps) => (
  <>
    {drawn.shapes.map((shape) => (
      <path
        key={shape.code}
        d={shape.path}
        fill={fillOf(shape.code)}
        stroke={hovered === shape.code ? "#0f172a" : "#94a3b8"}
        strokeWidth={hovered === shape.code ? 1.5 : thin}
        tabIndex={0}
        onMouseEnter={() => onHover(shape.code)}
        onFocus={() => onHover(shape.code)}
        className="cursor-pointer outline-none"
      />
    ))}
  </>
)

const Markers = ({ markers }: { markers: MapMarker[] }) => (
  <>
    {markers.map((m) => (
      <g key={m.id} transform={`translate(${m.x},${m.y})`} pointerEvents="none">
        <circle r={m.radius} fill={m.muted ? "#94a3b8" : "#f97316"} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5} />
        {m.label && (
          <text y={-m.radius - 4} textAnchor="middle" fontSize={11} fontWeight={600} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
            {m.label}
          </text>
        )}
      </g>
    ))}
  </>
)

/**
 * An SVG map of pre-drawn shapes (d3-geo paths), filled per code, with markers on top and an
 * optional zoomed inset. Hovering or focusing a shape reports its code so the page can show its
 * numbers.
 */
export const ShapeMap = ({
  width,
  height,
  markers = [],
  inset,
  label,
  ...shapes
}: ShapesProps & { width: number; height: number; markers?: MapMarker[]; inset?: MapInset; label: string }) => (
  <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-label={label} onMouseLeave={() => shapes.onHover(null)}>
    <rect width={width} height={height} fill="#f8fafc" rx={8} />
    <Shapes {...shapes} />
    <Markers markers={markers} />
    {inset && (
      <svg x={inset.x} y={inset.y} width={inset.width} height={inset.height} overflow="hidden">
        <rect width={inset.width} height={inset.height} fill="#f8fafc" />
        <Shapes {...shapes} drawn={inset.drawn} thin={0.75} />
        <Markers markers={inset.markers} />
        <text x={8} y={inset.height - 8} fontSize={11} fontWeight={600} fill="#475569">{inset.title}</text>
        <rect width={inset.width} height={inset.height} fill="none" stroke="#94a3b8" rx={4} pointerEvents="none" />
      </svg>
    )}
  </svg>
)
