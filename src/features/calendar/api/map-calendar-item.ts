import { arr, num, obj, readIds, str } from '@/lib/media/read'
import { isCalendarDate, type CalendarDate } from '../lib/calendar-date'

/** What a calendar entry links to: a show's or a movie's title and ids. */
export type CalendarTitle = {
  title: string
  year: number | null
  slug: string | null
  traktId: number | null
}

/** An episode airing at an instant (Trakt's `first_aired`, UTC). */
export type CalendarEpisode = {
  kind: 'episode'
  key: string
  airsAt: string
  show: CalendarTitle
  season: number
  number: number
  title: string | null
  /** Trakt's `episode_type` ("season_premiere", "series_finale" ...), with `extended=full`. */
  episodeType: string | null
  runtime: number | null
}

/** A movie released on a calendar date (theatrical or on disc): a day, not an instant. */
export type CalendarMovie = {
  kind: 'movie'
  release: 'theatrical' | 'dvd'
  key: string
  date: CalendarDate
  movie: CalendarTitle
}

export type CalendarItem = CalendarEpisode | CalendarMovie

function titleOf(value: unknown): CalendarTitle {
  const raw = obj(value)
  const ids = readIds(raw.ids)
  return { title: str(raw.title) ?? 'Untitled', year: num(raw.year), slug: ids.slug, traktId: ids.trakt }
}

const isInstant = (value: string | null): value is string =>
  value !== null && !Number.isNaN(Date.parse(value))

/** `/calendars/{my|all}/shows…` rows; rows without an air time or episode number are left out. */
export function mapCalendarShows(body: unknown): CalendarEpisode[] {
  return arr(body).flatMap((row): CalendarEpisode[] => {
    const raw = obj(row)
    const episode = obj(raw.episode)
    const airsAt = str(raw.first_aired) ?? str(episode.first_aired)
    const season = num(episode.season)
    const number = num(episode.number)
    if (!isInstant(airsAt) || season === null || number === null) return []
    const show = titleOf(raw.show)
    const id = readIds(episode.ids).trakt
    return [
      {
        kind: 'episode',
        key: `episode-${id ?? `${show.traktId ?? show.title}-${season}-${number}`}`,
        airsAt: new Date(airsAt).toISOString(),
        show,
        season,
        number,
        title: str(episode.title),
        episodeType: str(episode.episode_type),
        runtime: num(episode.runtime),
      },
    ]
  })
}

/** `/calendars/{my|all}/movies` and `/dvd` rows; `released` is a calendar date ("2014-08-01"). */
export function mapCalendarMovies(body: unknown, release: CalendarMovie['release']): CalendarMovie[] {
  return arr(body).flatMap((row): CalendarMovie[] => {
    const raw = obj(row)
    const date = str(raw.released)?.slice(0, 10) ?? null
    if (!isCalendarDate(date)) return []
    const movie = titleOf(raw.movie)
    return [{ kind: 'movie', release, key: `${release}-${movie.traktId ?? movie.title}`, date, movie }]
  })
}
