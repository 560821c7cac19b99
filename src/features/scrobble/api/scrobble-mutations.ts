import type { QueryKey } from '@tanstack/react-query'
import { useTraktMutation } from '@/lib/mutation'
import { num, obj, str } from '@/lib/media/read'
import { TraktHttpError } from '@/lib/trakt/errors'
import type { paths } from '@/lib/trakt/schema'
import { trakt } from '@/lib/trakt/trakt'
import { isPlaying, type TimerItem } from '../lib/watch-timer'
import { readTimer, writeTimer } from '../lib/watch-timer-store'

/** What each failed scrobble says (with Trakt's reason appended), in the notice and next to the timer. */
export const scrobbleErrors = {
  start: 'Could not tell Trakt you are watching.',
  pause: 'Could not tell Trakt you paused.',
  stop: 'Could not tell Trakt you stopped.',
} as const

type ScrobblePath = '/scrobble/start' | '/scrobble/pause' | '/scrobble/stop'
type ScrobbleBody = NonNullable<
  paths['/scrobble/start']['post']['requestBody']
>['content']['application/json']

export type ScrobbleVars = { item: TimerItem; progress: number }

/**
 * How a stop ended. `scrobble`: the play is recorded; `pause`: below 80%, the position is saved for
 * `/sync/playback`; `duplicate`: Trakt had just recorded this item (409) and records it again only after
 * `expiresAt`; `ignored`: under 1%, Trakt ignores the stop (422).
 */
export type StopOutcome =
  | { kind: 'scrobble'; progress: number }
  | { kind: 'pause'; progress: number }
  | { kind: 'duplicate'; watchedAt: string | null; expiresAt: string | null }
  | { kind: 'ignored' }

/** The reference's body: `{ movie: { title, year, ids } , progress }` or `{ episode: { ids }, progress }`. */
export function scrobbleBody({ item, progress }: ScrobbleVars): ScrobbleBody {
  const ids = { trakt: item.ids.trakt }
  return item.type === 'movie'
    ? { movie: { title: item.title, year: item.year, ids }, progress }
    : { episode: { ids }, progress }
}

const send = async (path: ScrobblePath, vars: ScrobbleVars) =>
  (await trakt().POST(path, { body: scrobbleBody(vars) })).data

// Keys of other features' query factories that the scrobbles make stale: "watching now" (a start shows it, a pause
// or stop ends it), the paused positions (a start clears the item's, a pause or early stop saves it) and, when a
// stop records the play, the title's watched state, the history and the watchlist (Trakt takes a watched movie off).
const watchingKey: QueryKey = ['watching']
const playbackKey: QueryKey = ['sync', 'playback']
const recordedKeys: QueryKey[] = [
  ['sync', 'watched'],
  ['sync', 'history'],
  ['sync', 'watchlist'],
]

/** `POST /scrobble/start` with the progress it starts (or resumes) from. */
export function useScrobbleStart() {
  return useTraktMutation<ScrobbleVars>({
    mutationKey: ['scrobble'],
    mutationFn: (vars) => send('/scrobble/start', vars),
    invalidates: [watchingKey, playbackKey],
    errorMessage: scrobbleErrors.start,
  })
}

/** `POST /scrobble/pause` with the progress it stopped at: Trakt saves it for `/sync/playback`. */
export function useScrobblePause() {
  return useTraktMutation<ScrobbleVars>({
    mutationKey: ['scrobble'],
    mutationFn: (vars) => send('/scrobble/pause', vars),
    invalidates: [watchingKey, playbackKey],
    errorMessage: scrobbleErrors.pause,
  })
}

/** Reads a stop's outcome; a 409 or 422 is an answer to explain, not a failure to retry. */
async function stop(vars: ScrobbleVars): Promise<StopOutcome> {
  try {
    const body = obj(await send('/scrobble/stop', vars))
    const progress = num(body.progress) ?? vars.progress
    return str(body.action) === 'scrobble' ? { kind: 'scrobble', progress } : { kind: 'pause', progress }
  } catch (error) {
    if (error instanceof TraktHttpError && error.status === 409)
      return { kind: 'duplicate', watchedAt: error.watchedAt ?? null, expiresAt: error.expiresAt ?? null }
    if (error instanceof TraktHttpError && error.status === 422) return { kind: 'ignored' }
    throw error
  }
}

/**
 * Once Trakt has the stop, the timer has done its job and goes (in every tab). Until then it stays, paused where it
 * stopped, so a failed stop loses nothing and can be sent again. A timer started again meanwhile is left alone.
 */
function forgetStoppedTimer(item: TimerItem) {
  const timer = readTimer()
  if (timer && !isPlaying(timer) && timer.item.type === item.type && timer.item.ids.trakt === item.ids.trakt)
    writeTimer(null)
}

/** `POST /scrobble/stop`: at 80% or more Trakt records the play, below that it saves the position. */
export function useScrobbleStop() {
  return useTraktMutation<ScrobbleVars, StopOutcome>({
    mutationKey: ['scrobble'],
    mutationFn: stop,
    invalidates: [watchingKey, playbackKey, ...recordedKeys],
    errorMessage: scrobbleErrors.stop,
    onSuccess: (_outcome, vars) => forgetStoppedTimer(vars.item),
  })
}
