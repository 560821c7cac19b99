import { airedEpisodes, findSeason, showSeasons } from '../../db/users/catalog-index'
import type { Episode, SandboxDb, UserState } from '../../db/types'
import { type Levels, serializeEpisode } from '../catalog/serialize'

export type ProgressOptions = {
  hidden: boolean
  specials: boolean
  countSpecials: boolean
  lastActivity: 'aired' | 'watched' | 'collected'
}

/** Reads ?hidden, ?specials, ?count_specials and ?last_activity with Trakt's defaults. */
export function progressOptions(request: Request): ProgressOptions {
  const q = new URL(request.url).searchParams
  const specials = q.get('specials') === 'true'
  return {
    hidden: q.get('hidden') === 'true',
    specials,
    countSpecials: specials && q.get('count_specials') !== 'false',
    lastActivity:
      q.get('last_activity') === 'watched'
        ? 'watched'
        : q.get('last_activity') === 'collected'
          ? 'collected'
          : 'aired',
  }
}

/**
 * Watched or collection progress of one show, as Trakt answers it: aired episodes only, hidden seasons left out
 * unless asked, specials optional, and (watched) plays before reset_at do not count.
 */
export function showProgress(
  db: SandboxDb,
  state: UserState,
  showId: number,
  kind: 'watched' | 'collection',
  options: ProgressOptions,
  ext: Levels,
  now: Date,
) {
  const resetAt = kind === 'watched' ? (state.resets[String(showId)] ?? null) : null
  const latest = new Map<number, string>()
  const sources =
    kind === 'watched'
      ? state.history
          .filter((h) => h.item.type === 'episode')
          .map((h) => ({ id: h.item.id, at: h.watched_at }))
      : state.collection
          .filter((c) => c.item.type === 'episode')
          .map((c) => ({ id: c.item.id, at: c.collected_at }))
  for (const { id, at } of sources) {
    if (resetAt && at < resetAt) continue
    if ((latest.get(id) ?? '') < at) latest.set(id, at)
  }
  const hiddenSeasons = showSeasons(db, showId).filter((s) =>
    state.hidden.some(
      (h) =>
        h.section === (kind === 'watched' ? 'progress_watched' : 'progress_collected') &&
        h.item.type === 'season' &&
        h.item.id === s.ids.trakt,
    ),
  )
  const hiddenNumbers = new Set(hiddenSeasons.map((s) => s.number))
  const aired = airedEpisodes(db, showId, now, options.specials).filter(
    (e) => options.hidden || !hiddenNumbers.has(e.season),
  )
  const counts = (e: Episode) => e.season > 0 || options.countSpecials
  const done = (e: Episode) => latest.has(e.ids.trakt)
  const atKey = kind === 'watched' ? 'last_watched_at' : 'collected_at'
  const seasons = [...new Set(aired.map((e) => e.season))].map((number) => {
    const eps = aired.filter((e) => e.season === number)
    return {
      number,
      title: findSeason(db, showId, number)?.title ?? null,
      aired: eps.length,
      completed: eps.filter(done).length,
      episodes: eps.map((e) => ({
        number: e.number,
        completed: done(e),
        [atKey]: latest.get(e.ids.trakt) ?? null,
      })),
    }
  })
  const watched = aired.filter(done)
  const regular = aired.filter((e) => e.season > 0)
  // "aired" (default): the furthest episode in airing order; "watched"/"collected": the most recent one.
  const last =
    options.lastActivity === 'aired'
      ? regular.filter(done).at(-1)
      : [...regular.filter(done)].sort((a, b) =>
          latest.get(a.ids.trakt)! < latest.get(b.ids.trakt)! ? 1 : -1,
        )[0]
  const next = last
    ? regular.slice(regular.indexOf(last) + 1).find((e) => !done(e))
    : regular.find((e) => !done(e))
  const lastAt = watched.reduce<string | null>(
    (max, e) => (max === null || latest.get(e.ids.trakt)! > max ? latest.get(e.ids.trakt)! : max),
    null,
  )
  return {
    aired: aired.filter(counts).length,
    completed: watched.filter(counts).length,
    [kind === 'watched' ? 'last_watched_at' : 'last_collected_at']: lastAt,
    reset_at: resetAt,
    seasons,
    hidden_seasons: hiddenSeasons.map((s) => ({ number: s.number, ids: s.ids })),
    next_episode: next ? serializeEpisode(next, ext) : null,
    last_episode: last ? serializeEpisode(last, ext) : null,
  }
}
