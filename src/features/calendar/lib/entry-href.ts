import type { CalendarItem } from '../api/map-calendar-item'

/** The page an entry links to (Marquee's paths follow trakt.tv's), or null when Trakt gave no id to link with. */
export function entryHref(item: CalendarItem): string | null {
  if (item.kind === 'movie') {
    const id = item.movie.slug ?? item.movie.traktId
    return id === null ? null : `/movies/${id}`
  }
  const id = item.show.slug ?? item.show.traktId
  return id === null ? null : `/shows/${id}/seasons/${item.season}/episodes/${item.number}`
}

const EPISODE_TYPES: Record<string, string> = {
  series_premiere: 'Series premiere',
  season_premiere: 'Season premiere',
  mid_season_premiere: 'Mid-season premiere',
  mid_season_finale: 'Mid-season finale',
  season_finale: 'Season finale',
  series_finale: 'Series finale',
}

/** A badge for what the entry is, when it is more than a plain episode: "Season premiere", "DVD". */
export function entryBadge(item: CalendarItem): string | null {
  if (item.kind === 'movie') return item.release === 'dvd' ? 'DVD & Blu-ray' : 'In theaters'
  return item.episodeType ? (EPISODE_TYPES[item.episodeType] ?? null) : null
}
