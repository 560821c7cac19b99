import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { arr, num, obj } from '@/lib/media/read'
import { trakt } from '@/lib/trakt/trakt'
import { markEpisode } from '../lib/reset-progress'
import type { HiddenShow, ProgressShow, ShowProgress } from './map-progress'
import { progressQueries, type HiddenSection } from './progress-queries'

export const progressErrors = {
  markWatched: 'Could not mark the episode as watched.',
  undo: 'Could not undo the play.',
  hide: 'Could not hide the show from your progress.',
  unhide: 'Could not bring the show back to your progress.',
} as const

/**
 * What a play makes stale, as the sync feature names it: the watched lists (title pages, this page's list, and
 * through its stamps each show's progress), every history (the history page, a title's plays) and the watchlist
 * (Trakt takes a watched show off it).
 */
const PLAY_KEYS = [
  ['sync', 'watched'],
  ['sync', 'history'],
  ['sync', 'watchlist'],
]

export type EpisodePlay = {
  show: ProgressShow
  season: number
  number: number
  /** The moment sent as `watched_at`, whole seconds: how Undo finds this very play again. */
  watchedAt: string
}

/** `{ shows: [{ ids, watched_at, seasons: [{ number, episodes: [{ number }] }] }] }`: the episode by its place. */
export function episodePlayBody({ show, season, number, watchedAt }: EpisodePlay) {
  return {
    shows: [
      {
        ids: { trakt: show.ids.trakt },
        watched_at: watchedAt,
        seasons: [{ number: season, episodes: [{ number }] }],
      },
    ],
  }
}

/** Now, to the second (Trakt keeps whole seconds, and Undo matches the play on it). */
export const playMoment = (now = Date.now()) => new Date(Math.floor(now / 1000) * 1000).toISOString()

/** Marks a show's next episode watched: the card counts it and moves on to the following episode at once. */
export function useMarkEpisodeWatched() {
  return useTraktMutation<EpisodePlay>({
    // The sync feature's history writes share the key: only the last of them refetches.
    mutationKey: ['sync', 'history'],
    mutationFn: async (play) => (await trakt().POST('/sync/history', { body: episodePlayBody(play) })).data,
    optimistic: (play) => [
      patchQuery(progressQueries.showFamily('watched', play.show.ids.trakt), (old) =>
        markEpisode(old, play.season, play.number, play.watchedAt),
      ),
    ],
    invalidates: PLAY_KEYS,
    errorMessage: progressErrors.markWatched,
  })
}

/** The history id of the play `play` recorded: the show's plays at that very second, of that episode. */
async function findPlayId(play: EpisodePlay): Promise<number | null> {
  const { data } = await trakt().GET('/sync/history/{type}/{id}', {
    params: {
      path: { type: 'shows', id: String(play.show.ids.trakt) },
      query: { start_at: play.watchedAt, end_at: play.watchedAt, limit: 10 },
    },
  })
  for (const value of arr(data)) {
    const row = obj(value)
    const episode = obj(row.episode)
    if (num(episode.season) === play.season && num(episode.number) === play.number) return num(row.id)
  }
  return null
}

export type UndoPlay = EpisodePlay & { previous: ShowProgress }

/**
 * Takes back a play made here: removes that one play by its history id (never the episode's other plays, which a
 * rewatch keeps), and puts the card back as it was.
 */
export function useUndoEpisodePlay() {
  return useTraktMutation<UndoPlay>({
    mutationKey: ['sync', 'history'],
    mutationFn: async (play) => {
      const id = await findPlayId(play)
      if (id === null) throw new Error('Trakt has no such play any more.')
      return (await trakt().POST('/sync/history/remove', { body: { ids: [id] } })).data
    },
    optimistic: ({ show, previous }) => [
      patchQuery(progressQueries.showFamily('watched', show.ids.trakt), () => previous),
    ],
    invalidates: PLAY_KEYS,
    errorMessage: progressErrors.undo,
  })
}

type HideVars = { show: ProgressShow; section: HiddenSection }

const hideBody = (show: ProgressShow) => ({ shows: [{ ids: { trakt: show.ids.trakt } }] })

/** Hides a show from progress (`POST /users/hidden/progress_watched`, or progress_collected). */
export function useHideShow() {
  return useTraktMutation<HideVars>({
    mutationKey: ['users', 'me', 'hidden'],
    mutationFn: async ({ show, section }) =>
      (await trakt().POST('/users/hidden/{section}', { params: { path: { section } }, body: hideBody(show) }))
        .data,
    optimistic: ({ show, section }) => [
      patchQuery(progressQueries.hidden(section), (old): HiddenShow[] => [
        { show, hiddenAt: new Date().toISOString() },
        ...old.filter((h) => h.show.ids.trakt !== show.ids.trakt),
      ]),
    ],
    invalidates: [['users', 'me', 'hidden']],
    errorMessage: progressErrors.hide,
  })
}

/** Brings a hidden (or dropped) show back (`POST /users/hidden/:section/remove`). */
export function useUnhideShow() {
  return useTraktMutation<HideVars>({
    mutationKey: ['users', 'me', 'hidden'],
    mutationFn: async ({ show, section }) =>
      (
        await trakt().POST('/users/hidden/{section}/remove', {
          params: { path: { section } },
          body: hideBody(show),
        })
      ).data,
    optimistic: ({ show, section }) => [
      patchQuery(progressQueries.hidden(section), (old) =>
        old.filter((h) => h.show.ids.trakt !== show.ids.trakt),
      ),
    ],
    invalidates: [['users', 'me', 'hidden']],
    errorMessage: progressErrors.unhide,
  })
}
