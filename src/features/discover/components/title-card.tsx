import { Link } from 'react-router'
import { Poster } from '@/components/ui/poster'
import { Rating } from '@/components/ui/rating'
import { cn } from '@/lib/cn'
import type { TitleCardModel } from '../api/map-chart-item'
import { formatStat } from '../lib/format-stat'

/** A poster card linking to the title page; the link's name is the title and year. */
export function TitleCard({
  card,
  headingLevel = 'h3',
  className,
}: {
  card: TitleCardModel
  /** The card title's heading level under the surrounding section. */
  headingLevel?: 'h2' | 'h3' | 'h4'
  className?: string
}) {
  const Heading = headingLevel
  return (
    <article className={cn('group relative flex flex-col gap-1.5', className)}>
      <Poster images={card.posterUrl ? [card.posterUrl] : null} size="thumb" title={card.title} decorative />
      <Heading className="line-clamp-2 text-sm font-medium leading-snug">
        <Link
          to={card.href}
          aria-label={card.year ? `${card.title} (${card.year})` : undefined}
          className="rounded-sm after:absolute after:inset-0 after:rounded-card hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-accent"
        >
          {card.title}
        </Link>
      </Heading>
      <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
        {card.year ? <span aria-hidden="true">{card.year}</span> : null}
        {card.stat ? (
          <span>{formatStat(card.stat)}</span>
        ) : card.rating ? (
          <Rating value={card.rating} className="text-xs" />
        ) : null}
      </p>
    </article>
  )
}
