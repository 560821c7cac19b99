// The watch timer's clock, as plain data: where in the runtime the user is, whether it runs, and since when. Stored
// as wall-clock moments (not ticks), so a reload, a sleeping laptop or another tab all read the same position.

/** A movie or an episode the timer runs over, as its page knows it (movies carry the year the scrobble body asks). */
export type TimerItem =
  | { type: 'movie'; ids: { trakt: number }; title: string; year: number; path: string }
  | { type: 'episode'; ids: { trakt: number }; title: string; path: string }

export type WatchTimer = {
  /** The signed-in user it belongs to (their slug): another account on this browser does not see it. */
  owner: string
  item: TimerItem
  runtimeMinutes: number
  /** Where it stands (ms into the runtime) at `playingSince`, or while paused. */
  positionMs: number
  /** Epoch ms when the current stretch of playing began; null while paused. */
  playingSince: number | null
}

/** Trakt records the play when a stop arrives at this percentage or more; below it, a stop saves the position. */
export const SCROBBLE_THRESHOLD = 80

const runtimeMs = (timer: Pick<WatchTimer, 'runtimeMinutes'>) => timer.runtimeMinutes * 60_000

/** The position at `now` in ms, never past the end. */
export function positionAt(timer: WatchTimer, now: number): number {
  const running = timer.playingSince === null ? 0 : Math.max(0, now - timer.playingSince)
  return Math.min(runtimeMs(timer), timer.positionMs + running)
}

/** Progress as Trakt takes it: a percentage between 0 and 100 with two decimals (e.g. 38.47). */
export function progressAt(timer: WatchTimer, now: number): number {
  return Math.round((positionAt(timer, now) / runtimeMs(timer)) * 10_000) / 100
}

export const isPlaying = (timer: WatchTimer) => timer.playingSince !== null

/** True once the whole runtime has run: the timer stops counting and asks to be stopped. */
export const isAtEnd = (timer: WatchTimer, now: number) => positionAt(timer, now) >= runtimeMs(timer)

/** A timer playing from `fromPercent` (0 from the start, or a paused position). */
export function startTimer(args: {
  owner: string
  item: TimerItem
  runtimeMinutes: number
  fromPercent: number
  now: number
}): WatchTimer {
  const from = Math.min(100, Math.max(0, args.fromPercent))
  return {
    owner: args.owner,
    item: args.item,
    runtimeMinutes: args.runtimeMinutes,
    positionMs: (from / 100) * args.runtimeMinutes * 60_000,
    playingSince: args.now,
  }
}

export function pauseTimer(timer: WatchTimer, now: number): WatchTimer {
  return { ...timer, positionMs: positionAt(timer, now), playingSince: null }
}

export function resumeTimer(timer: WatchTimer, now: number): WatchTimer {
  return isPlaying(timer) ? timer : { ...timer, playingSince: now }
}

/** "1:05:09" (or "45:09" under an hour) for a position in ms. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** Reads a stored timer back, or null for anything that is not one (old formats, hand edits, other apps). */
export function parseTimer(raw: string | null): WatchTimer | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<WatchTimer> | null
    const item = value?.item
    if (
      !value ||
      typeof value.owner !== 'string' ||
      typeof value.runtimeMinutes !== 'number' ||
      !(value.runtimeMinutes > 0) ||
      typeof value.positionMs !== 'number' ||
      !(value.playingSince === null || typeof value.playingSince === 'number') ||
      !item ||
      (item.type !== 'movie' && item.type !== 'episode') ||
      typeof item.ids?.trakt !== 'number' ||
      typeof item.title !== 'string' ||
      typeof item.path !== 'string' ||
      (item.type === 'movie' && typeof item.year !== 'number')
    )
      return null
    return value as WatchTimer
  } catch {
    return null
  }
}
