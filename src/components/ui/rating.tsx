import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { StarIcon } from './icons'
import { formatCount } from '@/lib/media/format'

type RatingProps = ComponentProps<'span'> & {
  /** Trakt's community rating, 0–10. */
  value: number | null | undefined
  votes?: number | null
  display?: 'percent' | 'stars'
}

/** A community rating as "82%" with a star, or as five stars; both have a spoken label. */
export function Rating({ value, votes, display = 'percent', className, ...props }: RatingProps) {
  // A title nobody has rated yet has rating 0 from 0 votes: that is no rating, not a bad one.
  if (value === null || value === undefined || Number.isNaN(value) || votes === 0) return null
  const percent = Math.round(value * 10)
  const votesText = votes ? `, ${formatCount(votes)} votes` : ''
  const label = `Rated ${percent}%${votesText}`
  if (display === 'stars') {
    const stars = Math.round(value) / 2
    return (
      <span
        role="img"
        aria-label={label}
        className={cn('inline-flex items-center gap-0.5 text-warning', className)}
        {...props}
      >
        {Array.from({ length: 5 }, (_, i) => (
          <StarIcon
            key={i}
            className={cn(
              'size-4',
              i + 1 <= stars ? 'fill-current' : i + 0.5 === stars ? 'fill-current/50' : 'text-line',
            )}
          />
        ))}
      </span>
    )
  }
  return (
    <span
      role="img"
      aria-label={label}
      className={cn('inline-flex items-center gap-1 text-sm font-semibold', className)}
      {...props}
    >
      <StarIcon className="size-4 fill-current text-warning" />
      <span aria-hidden="true">{percent}%</span>
    </span>
  )
}
