import { formatCount, formatRating } from '@/lib/media/format'
import type { Ratings } from '@/lib/media/map-ratings'

/**
 * The 1-10 vote distribution as a list of bars. Each row reads as text ("8: 17,363 votes, 23%"), so screen
 * readers and people zooming get the numbers, not only the bar lengths.
 */
export function RatingDistribution({ ratings }: { ratings: Ratings }) {
  const total = ratings.distribution.reduce((sum, bucket) => sum + bucket.count, 0)
  const max = Math.max(1, ...ratings.distribution.map((bucket) => bucket.count))
  if (!ratings.votes) return <p className="text-sm text-muted">No ratings yet.</p>
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <span className="text-2xl font-bold">{formatRating(ratings.rating)}</span>
        <span className="text-muted"> / 10 from {formatCount(ratings.votes)} votes</span>
      </p>
      <ul aria-label="Rating distribution" className="space-y-1">
        {[...ratings.distribution].reverse().map((bucket) => {
          const percent = total > 0 ? Math.round((bucket.count / total) * 100) : 0
          return (
            <li key={bucket.score} className="grid grid-cols-[1.5rem_1fr_3rem] items-center gap-2 text-sm">
              <span aria-hidden="true" className="text-end tabular-nums text-muted">
                {bucket.score}
              </span>
              <span aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-raised">
                <span
                  className="block h-full rounded-full bg-accent"
                  style={{ width: `${(bucket.count / max) * 100}%` }}
                />
              </span>
              <span aria-hidden="true" className="tabular-nums text-muted">
                {percent}%
              </span>
              <span className="sr-only">
                {`Rated ${bucket.score}: ${formatCount(bucket.count)} votes, ${percent}%`}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
