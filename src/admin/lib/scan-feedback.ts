/** Audible/haptic scan feedback for the warehouse screens: a short beep on success, a buzz on refusal. */
let context: AudioContext | null = null

function audio(): AudioContext | null {
  if (typeof window === "undefined") return null
  const Ctor =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Ctor) return null
  if (!context) context = new Ctor()
  if (context.state === "suspended") void context.resume().catch(() => undefined)
  return context
}

function tone(frequency: number, durationMs: number, type: OscillatorType, volume: number) {
  try {
    const ctx = audio()
    if (!ctx) return
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    osc.type = type
    osc.frequency.value = frequency
    const now = ctx.currentTime
    const end = now + durationMs / 1000
    gain.gain.setValueAtTime(volume, now)
    gain.gain.exponentialRampToValueAtTime(0.0001, end)
    osc.connect(gain).connect(ctx.destination)
    osc.start(now)
    osc.stop(end + 0.02)
  } catch {
    // no audio available: silent
  }
}

function vibrate(pattern: number | number[]) {
  if (typeof navigator !== "undefined" && typeof navigator.vibrate === "function") {
    try {
      navigator.vibrate(pattern)
    } catch {
      // ignore
    }
  }
}

/** Short high beep: scan accepted. */
export function scanOk() {
  tone(1200, 90, "sine", 0.25)
  vibrate(40)
}

/** Low buzz: scan refused. */
export function scanError() {
  tone(150, 350, "square", 0.2)
  vibrate([120, 60, 120])
}
