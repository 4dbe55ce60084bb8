"use client";

// Till sounds through WebAudio (no audio files): a short high beep for a good scan, a low double buzz for a code the
// till does not know, a rising chime for a completed payment. Browsers start audio only after a user gesture; the
// first key press or click of the shift unlocks it, and a silent failure never blocks selling.

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === "undefined" || typeof window.AudioContext !== "function") return null;
  try {
    context ??= new window.AudioContext();
    if (context.state === "suspended") void context.resume().catch(() => undefined);
    return context;
  } catch {
    return null;
  }
}

function tone(ctx: AudioContext, frequency: number, startIn: number, seconds: number, type: OscillatorType, volume: number) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = type;
  osc.frequency.value = frequency;
  const start = ctx.currentTime + startIn;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(volume, start + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  osc.connect(gain).connect(ctx.destination);
  osc.start(start);
  osc.stop(start + seconds + 0.02);
}

export type TillSound = "scan" | "error" | "success";

/** Plays one of the till's sounds; does nothing where audio is unavailable. */
export function playSound(sound: TillSound): void {
  const ctx = audio();
  if (!ctx) return;
  try {
    if (sound === "scan") tone(ctx, 1760, 0, 0.09, "square", 0.08);
    else if (sound === "error") {
      tone(ctx, 220, 0, 0.18, "sawtooth", 0.12);
      tone(ctx, 180, 0.22, 0.26, "sawtooth", 0.12);
    } else {
      tone(ctx, 880, 0, 0.12, "sine", 0.15);
      tone(ctx, 1320, 0.12, 0.22, "sine", 0.15);
    }
  } catch {
    // An audio glitch must never interrupt a sale.
  }
}
