import { firstImage } from '@/lib/media/images'
import { arr, bool, num, obj, readIds, str, strs, type Ids } from '@/lib/media/read'

export type Movie = {
  ids: Ids
  title: string
  originalTitle: string | null
  year: number | null
  tagline: string | null
  overview: string | null
  /** A calendar date, "2016-02-12". */
  released: string | null
  runtime: number | null
  certification: string | null
  genres: string[]
  status: string | null
  country: string | null
  language: string | null
  trailer: string | null
  homepage: string | null
  rating: number | null
  votes: number | null
  commentCount: number | null
  hasAfterCredits: boolean
  hasDuringCredits: boolean
  images: { poster: string | null; fanart: string | null }
}

/** A movie summary (`extended=full,images`, or less: missing fields become null). */
export function mapToMovie(body: unknown): Movie {
  const raw = obj(body)
  return {
    ids: readIds(raw.ids),
    title: str(raw.title) ?? 'Untitled',
    originalTitle: str(raw.original_title),
    year: num(raw.year),
    tagline: str(raw.tagline),
    overview: str(raw.overview),
    released: str(raw.released),
    runtime: num(raw.runtime),
    certification: str(raw.certification),
    genres: strs(raw.genres),
    status: str(raw.status),
    country: str(raw.country),
    language: str(raw.language),
    trailer: str(raw.trailer),
    homepage: str(raw.homepage),
    rating: num(raw.rating),
    votes: num(raw.votes),
    commentCount: num(raw.comment_count),
    hasAfterCredits: bool(raw.after_credits),
    hasDuringCredits: bool(raw.during_credits),
    images: { poster: firstImage(raw.images, 'poster'), fanart: firstImage(raw.images, 'fanart') },
  }
}

export type Release = {
  country: string
  certification: string | null
  date: string | null
  type: string | null
  note: string | null
}

export type CountryReleases = { country: string; releases: Release[] }

/** Releases grouped by country (countries alphabetical by code, releases by date). */
export function mapReleases(body: unknown): CountryReleases[] {
  const byCountry = new Map<string, Release[]>()
  for (const entry of arr(body)) {
    const raw = obj(entry)
    const country = str(raw.country)?.toLowerCase()
    if (!country) continue
    const release: Release = {
      country,
      certification: str(raw.certification),
      date: str(raw.release_date),
      type: str(raw.release_type),
      note: str(raw.note),
    }
    const list = byCountry.get(country) ?? []
    list.push(release)
    byCountry.set(country, list)
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, releases]) => ({
      country,
      releases: releases.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    }))
}
