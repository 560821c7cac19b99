import { firstImage } from '@/lib/media/images'
import { arr, num, obj, readIds, str, strs, type Ids } from '@/lib/media/read'

export type Airs = { day: string | null; time: string | null; timezone: string | null }

export type Show = {
  ids: Ids
  title: string
  originalTitle: string | null
  year: number | null
  tagline: string | null
  overview: string | null
  firstAired: string | null
  airs: Airs
  runtime: number | null
  certification: string | null
  network: string | null
  country: string | null
  language: string | null
  genres: string[]
  status: string | null
  trailer: string | null
  homepage: string | null
  rating: number | null
  votes: number | null
  commentCount: number | null
  airedEpisodes: number | null
  images: { poster: string | null; fanart: string | null }
}

/** A show summary (`extended=full,images`, or less: missing fields become null). */
export function mapToShow(body: unknown): Show {
  const raw = obj(body)
  const airs = obj(raw.airs)
  return {
    ids: readIds(raw.ids),
    title: str(raw.title) ?? 'Untitled',
    originalTitle: str(raw.original_title),
    year: num(raw.year),
    tagline: str(raw.tagline),
    overview: str(raw.overview),
    firstAired: str(raw.first_aired),
    airs: { day: str(airs.day), time: str(airs.time), timezone: str(airs.timezone) },
    runtime: num(raw.runtime),
    certification: str(raw.certification),
    network: str(raw.network),
    country: str(raw.country),
    language: str(raw.language),
    genres: strs(raw.genres),
    status: str(raw.status),
    trailer: str(raw.trailer),
    homepage: str(raw.homepage),
    rating: num(raw.rating),
    votes: num(raw.votes),
    commentCount: num(raw.comment_count),
    airedEpisodes: num(raw.aired_episodes),
    images: { poster: firstImage(raw.images, 'poster'), fanart: firstImage(raw.images, 'fanart') },
  }
}

export type Episode = {
  ids: Ids
  season: number
  number: number
  numberAbs: number | null
  title: string | null
  overview: string | null
  firstAired: string | null
  runtime: number | null
  rating: number | null
  votes: number | null
  commentCount: number | null
  episodeType: string | null
  screenshot: string | null
}

/** An episode object; null when it has no season and number (nothing to link to). */
export function mapToEpisode(body: unknown): Episode | null {
  const raw = obj(body)
  const season = num(raw.season)
  const number = num(raw.number)
  if (season === null || number === null) return null
  return {
    ids: readIds(raw.ids),
    season,
    number,
    numberAbs: num(raw.number_abs),
    title: str(raw.title),
    overview: str(raw.overview),
    firstAired: str(raw.first_aired),
    runtime: num(raw.runtime),
    rating: num(raw.rating),
    votes: num(raw.votes),
    commentCount: num(raw.comment_count),
    episodeType: str(raw.episode_type),
    screenshot: firstImage(raw.images, 'screenshot'),
  }
}

/** A season's episodes, in episode order. */
export function mapEpisodes(body: unknown): Episode[] {
  return arr(body)
    .map(mapToEpisode)
    .filter((episode): episode is Episode => episode !== null)
    .sort((a, b) => a.number - b.number)
}

export type Season = {
  ids: Ids
  number: number
  title: string | null
  overview: string | null
  firstAired: string | null
  network: string | null
  rating: number | null
  votes: number | null
  episodeCount: number | null
  airedEpisodes: number | null
  poster: string | null
  episodes: Episode[]
}

/** One season object (`/seasons` item or `/seasons/:n/info`); null without a number. */
export function mapToSeason(body: unknown): Season | null {
  const raw = obj(body)
  const number = num(raw.number)
  if (number === null) return null
  return {
    ids: readIds(raw.ids),
    number,
    title: str(raw.title),
    overview: str(raw.overview),
    firstAired: str(raw.first_aired),
    network: str(raw.network),
    rating: num(raw.rating),
    votes: num(raw.votes),
    episodeCount: num(raw.episode_count),
    airedEpisodes: num(raw.aired_episodes),
    poster: firstImage(raw.images, 'poster'),
    episodes: mapEpisodes(raw.episodes),
  }
}

/** All seasons of a show in order, specials (season 0) first as Trakt lists them. */
export function mapSeasons(body: unknown): Season[] {
  return arr(body)
    .map(mapToSeason)
    .filter((season): season is Season => season !== null)
    .sort((a, b) => a.number - b.number)
}

/** "Season 2" / "Specials" when Trakt gives no title. */
export function seasonTitle(season: { number: number; title?: string | null }): string {
  if (season.title) return season.title
  return season.number === 0 ? 'Specials' : `Season ${season.number}`
}

export type Certification = { country: string; certification: string }

/**
 * Content certifications by country. The contract types the body loosely; real answers are arrays of
 * `{certification, country}` (sometimes wrapped as `{certifications: [...]}`), so every form is read.
 */
export function mapCertifications(body: unknown): Certification[] {
  const list = Array.isArray(body) ? body : arr(obj(body).certifications)
  const out: Certification[] = []
  for (const entry of list) {
    const raw = obj(entry)
    const country = str(raw.country)
    const certification = str(raw.certification)
    if (country && certification) out.push({ country: country.toLowerCase(), certification })
  }
  return out
}
