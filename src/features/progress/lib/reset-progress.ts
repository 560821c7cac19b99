import type { ProgressEpisodeRef, ProgressSeason, ShowProgress } from '../api/map-progress'

const byNumber = <T extends { number: number }>(a: T, b: T) => a.number - b.number

/** Regular seasons in order (specials never decide what comes next). */
const regularSeasons = (seasons: ProgressSeason[]) => seasons.filter((s) => s.number > 0).sort(byNumber)

/** An episode known only by its place: what the card shows until Trakt names it. */
const placeOnly = (season: number, number: number): ProgressEpisodeRef => ({
  season,
  number,
  ids: null,
  title: null,
  firstAired: null,
  runtime: null,
})

/** The first episode not completed after `season` × `number` (or from the start without one), or null. */
export function nextUncompleted(
  seasons: ProgressSeason[],
  after: { season: number; number: number } | null,
): ProgressEpisodeRef | null {
  for (const season of regularSeasons(seasons)) {
    if (after && season.number < after.season) continue
    for (const episode of [...season.episodes].sort(byNumber)) {
      if (after && season.number === after.season && episode.number <= after.number) continue
      if (!episode.completed) return placeOnly(season.number, episode.number)
    }
  }
  return null
}

/** The furthest completed regular episode in airing order. */
function furthestCompleted(seasons: ProgressSeason[]) {
  let last: { season: number; number: number } | null = null
  for (const season of regularSeasons(seasons))
    for (const episode of [...season.episodes].sort(byNumber))
      if (episode.completed) last = { season: season.number, number: episode.number }
  return last
}

/**
 * Rewatching: plays before `reset_at` do not count (the reference leaves that adjustment to the app). An answer
 * Trakt already adjusted passes through unchanged; otherwise the counts drop and the next episode is worked out
 * from the seasons (known by its place until the show's progress is read again).
 */
export function applyReset(progress: ShowProgress, resetAt: string | null): ShowProgress {
  const reset = resetAt ?? progress.resetAt
  if (!reset) return progress
  const resetMs = Date.parse(reset)
  let dropped = 0
  const seasons = progress.seasons.map((season) => ({
    ...season,
    episodes: season.episodes.map((episode) => {
      const isBefore = episode.completed && (!episode.lastAt || Date.parse(episode.lastAt) < resetMs)
      if (!isBefore) return episode
      // Specials count only when asked for; the regular seasons always do.
      if (season.number > 0) dropped += 1
      return { ...episode, completed: false, lastAt: null }
    }),
  }))
  if (seasons.every((s, i) => s.episodes.every((e, j) => e === progress.seasons[i]!.episodes[j])))
    return progress
  const furthest = furthestCompleted(seasons)
  return {
    ...progress,
    completed: Math.max(0, progress.completed - dropped),
    seasons,
    nextEpisode: nextUncompleted(seasons, furthest),
    lastEpisode: furthest ? placeOnly(furthest.season, furthest.number) : null,
  }
}

/**
 * The progress once one more episode is watched (the optimistic card): it counts, becomes the last episode, and
 * the next is the first one not yet watched after it.
 */
export function markEpisode(
  progress: ShowProgress,
  season: number,
  number: number,
  at: string,
): ShowProgress {
  let isNew = false
  const seasons = progress.seasons.map((s) =>
    s.number !== season
      ? s
      : {
          ...s,
          episodes: s.episodes.map((e) => {
            if (e.number !== number) return e
            isNew = !e.completed
            return { ...e, completed: true, lastAt: at }
          }),
        },
  )
  const last = progress.nextEpisode?.season === season && progress.nextEpisode.number === number
  return {
    ...progress,
    completed: progress.completed + (isNew && season > 0 ? 1 : 0),
    lastAt: at,
    seasons,
    lastEpisode: last ? progress.nextEpisode : placeOnly(season, number),
    nextEpisode: nextUncompleted(seasons, { season, number }),
  }
}
