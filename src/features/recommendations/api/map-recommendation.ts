import { arr, knownIds, num, obj, readIds, str, strs, type KnownIds } from '@/lib/media/read'

export type RecommendationType = 'movies' | 'shows'

type Friend = { username: string; name: string | null }

/** A recommended movie or show (extended=full,images), with the page it links to. */
export type Recommendation = {
  type: RecommendationType
  title: string
  year: number | null
  ids: KnownIds & { slug: string }
  /** `/movies/<slug>` or `/shows/<slug>`: the type comes from the list the title is in, never guessed. */
  href: string
  posters: string[]
  overview: string | null
  genres: string[]
  recommendedBy: Friend[]
  favoritedBy: Friend[]
}

const friends = (value: unknown): Friend[] =>
  arr(value).flatMap((entry) => {
    const username = str(obj(entry).username)
    return username ? [{ username, name: str(obj(entry).name) }] : []
  })

/**
 * `/recommendations/movies` or `/recommendations/shows`: plain movie or show objects. A title without a Trakt id or
 * slug cannot be linked to or hidden, so it is left out.
 */
export function mapRecommendations(body: unknown, type: RecommendationType): Recommendation[] {
  return arr(body).flatMap((value) => {
    const row = obj(value)
    const ids = knownIds(readIds(row.ids))
    const title = str(row.title)
    if (!ids || !ids.slug || !title) return []
    return [
      {
        type,
        title,
        year: num(row.year),
        ids: { ...ids, slug: ids.slug },
        href: `/${type}/${ids.slug}`,
        posters: strs(obj(row.images).poster),
        overview: str(row.overview),
        genres: strs(row.genres),
        recommendedBy: friends(row.recommended_by),
        favoritedBy: friends(row.favorited_by),
      },
    ]
  })
}
