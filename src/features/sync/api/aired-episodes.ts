import type { EpisodeRef, TitleItem } from './sync-item'
import type { SeasonEpisode, SeasonWithEpisodes } from './map-user-state'
import { episodeCode } from '@/lib/media/episode-code'

/**
 * The aired episodes a show or season action covers, in order: a show's regular seasons (specials are left out,
 * as Trakt's progress does), or one season's episodes.
 */
export function airedEpisodesOf(
  item: TitleItem,
  seasons: SeasonWithEpisodes[] | undefined,
  now: Date = new Date(),
): SeasonEpisode[] {
  if (!seasons) return []
  const chosen = seasons.filter((s) =>
    item.type === 'season' ? s.number === item.show.season : s.number > 0,
  )
  return chosen
    .flatMap((s) => s.episodes)
    .filter((e) => e.first_aired && new Date(e.first_aired).getTime() <= now.getTime())
    .sort((a, b) => a.season - b.season || a.number - b.number)
}

/** The aired episodes up to and including `upTo` (or all of them). */
export function episodesUpTo(episodes: SeasonEpisode[], upTo: EpisodeRef | null): EpisodeRef[] {
  return episodes
    .filter((e) => !upTo || e.season < upTo.season || (e.season === upTo.season && e.number <= upTo.number))
    .map((e) => ({ season: e.season, number: e.number }))
}

/** "S01E05". */
export const refCode = (ref: EpisodeRef): string => episodeCode(ref.season, ref.number)
