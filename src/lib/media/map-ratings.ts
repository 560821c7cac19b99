import { num, obj } from './read'

export type RatingBucket = { score: number; count: number }

export type Ratings = {
  rating: number | null
  votes: number
  /** Always ten buckets, scores 1 to 10. */
  distribution: RatingBucket[]
}

/**
 * Ratings of a movie, show, season or episode. Trakt answers either `{rating, votes, distribution}` or, for
 * seasons and `extended=all`, the same keyed by source (`{trakt: {...}, imdb: {...}}`): Trakt's own is used.
 */
export function mapRatings(body: unknown): Ratings {
  let raw = obj(body)
  if (!('distribution' in raw) && 'trakt' in raw) raw = obj(raw.trakt)
  const distribution = obj(raw.distribution)
  const buckets: RatingBucket[] = []
  for (let score = 1; score <= 10; score++) {
    buckets.push({ score, count: Math.max(0, num(distribution[String(score)]) ?? 0) })
  }
  const votes = num(raw.votes) ?? buckets.reduce((sum, b) => sum + b.count, 0)
  return { rating: num(raw.rating), votes, distribution: buckets }
}
