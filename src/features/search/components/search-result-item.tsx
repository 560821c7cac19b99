import { Link } from 'react-router'
import { pulse } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { Chip } from '@/components/ui/chip'
import { Poster } from '@/components/ui/poster'
import type { SearchResultModel } from '../api/map-search-result'

const TYPE_LABELS: Record<SearchResultModel['type'], string> = {
  movie: 'Movie',
  show: 'Show',
  episode: 'Episode',
  person: 'Person',
  list: 'List',
}

/** One result row: artwork, type, title (the link), year and a secondary line. */
export function SearchResultItem({ result }: { result: SearchResultModel }) {
  return (
    <article className="relative flex items-start gap-3 rounded-card p-2 hover:bg-raised">
      <div className="w-14 shrink-0 sm:w-16">
        <Poster
          images={result.imageUrl ? [result.imageUrl] : null}
          size="thumb"
          title={result.title}
          decorative
        />
      </div>
      <div className="min-w-0 space-y-1 py-1">
        <Chip className="h-6 px-2 text-xs">{TYPE_LABELS[result.type]}</Chip>
        <h2 className="text-base font-semibold leading-snug">
          <Link
            to={result.href}
            aria-label={`${result.title}${result.year ? ` (${result.year})` : ''}, ${TYPE_LABELS[result.type].toLowerCase()}`}
            className="after:absolute after:inset-0 after:rounded-card hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-accent"
          >
            {result.title}
          </Link>
          {/* The link's name already says the year: hidden here so the heading does not read it twice. */}
          {result.year ? (
            <span aria-hidden="true" className="ms-2 font-normal text-muted">
              {result.year}
            </span>
          ) : null}
        </h2>
        {result.subtitle ? <p className="truncate text-sm text-muted">{result.subtitle}</p> : null}
      </div>
    </article>
  )
}

/** Placeholder rows in the result list's own layout. */
export function SearchResultsSkeleton({ label, count = 6 }: { label: string; count?: number }) {
  return (
    <div role="status" aria-label={label} className={cn('space-y-2', pulse)}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} aria-hidden="true" className="flex gap-3 p-2">
          <div className="aspect-poster w-14 shrink-0 rounded-card bg-raised sm:w-16" />
          <div className="flex-1 space-y-2 py-1">
            <div className="h-5 w-16 rounded-full bg-raised" />
            <div className="h-5 w-2/3 rounded-md bg-raised" />
          </div>
        </div>
      ))}
    </div>
  )
}
