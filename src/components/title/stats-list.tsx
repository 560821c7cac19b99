import { formatCompact, formatCount } from '@/lib/media/format'
import type { Stats } from '@/lib/media/map-stats'

const LABELS: [keyof Stats, string][] = [
  ['watchers', 'Watchers'],
  ['plays', 'Plays'],
  ['collectors', 'Collectors'],
  ['collectedEpisodes', 'Collected episodes'],
  ['comments', 'Comments'],
  ['lists', 'Lists'],
  ['votes', 'Votes'],
  ['favorited', 'Favorited'],
]

/** Community numbers as a description list: compact on screen, exact in the accessible name and tooltip. */
export function StatsList({ stats }: { stats: Stats }) {
  const rows = LABELS.filter(([key]) => stats[key] !== null)
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {rows.map(([key, label]) => (
        <div key={key} className="rounded-card border border-line bg-surface px-3 py-2">
          <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums" title={formatCount(stats[key])}>
            <span aria-hidden="true">{formatCompact(stats[key])}</span>
            <span className="sr-only">{formatCount(stats[key])}</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}
