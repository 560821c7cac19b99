import type { Episode, Season } from './map-to-show'

export type EpisodeLink = { season: number; episode: number; title: string | null }

/**
 * The episodes before and after one episode, crossing season boundaries (never into or out of specials) when
 * the seasons list says the neighbouring season has episodes. Unknown data gives null rather than a guess.
 */
export function adjacentEpisodes(
  current: { season: number; episode: number },
  seasonEpisodes: Episode[] | undefined,
  seasons: Season[] | undefined,
): { previous: EpisodeLink | null; next: EpisodeLink | null } {
  let previous: EpisodeLink | null = null
  let next: EpisodeLink | null = null
  const index = seasonEpisodes?.findIndex((episode) => episode.number === current.episode) ?? -1
  if (seasonEpisodes && index >= 0) {
    const before = seasonEpisodes[index - 1]
    const after = seasonEpisodes[index + 1]
    if (before) previous = { season: before.season, episode: before.number, title: before.title }
    if (after) next = { season: after.season, episode: after.number, title: after.title }
  }
  const isFirst = seasonEpisodes ? index === 0 : current.episode === 1
  const isLast = seasonEpisodes ? index === seasonEpisodes.length - 1 : false
  if (current.season > 0 && seasons) {
    const regular = seasons.filter(
      (season) => season.number > 0 && (season.episodeCount ?? season.episodes.length) > 0,
    )
    if (!previous && isFirst) {
      const before = regular.filter((season) => season.number < current.season).at(-1)
      const count = before ? (before.episodeCount ?? before.episodes.length) : 0
      if (before && count > 0)
        previous = {
          season: before.number,
          episode: before.episodes.at(-1)?.number ?? count,
          title: before.episodes.at(-1)?.title ?? null,
        }
    }
    if (!next && isLast) {
      const after = regular.find((season) => season.number > current.season)
      if (after)
        next = {
          season: after.number,
          episode: after.episodes[0]?.number ?? 1,
          title: after.episodes[0]?.title ?? null,
        }
    }
  }
  return { previous, next }
}

/** Previous and next seasons (specials sit before season 1). */
export function adjacentSeasons(
  current: number,
  seasons: Season[] | undefined,
): { previous: Season | null; next: Season | null } {
  if (!seasons) return { previous: null, next: null }
  const index = seasons.findIndex((season) => season.number === current)
  if (index < 0) return { previous: null, next: null }
  return { previous: seasons[index - 1] ?? null, next: seasons[index + 1] ?? null }
}
