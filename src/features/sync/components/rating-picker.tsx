import { useRef, useState, type KeyboardEvent } from 'react'
import { cn } from '@/lib/cn'
import { HeartIcon } from './heart-icon'

const RATING_WORDS = [
  'Weak Sauce :(',
  'Terrible',
  'Bad',
  'Poor',
  'Meh',
  'Fair',
  'Good',
  'Great',
  'Superb',
  'Totally Ninja!',
]

/** "8 — Great": Trakt's words for each rating. */
export function ratingLabel(rating: number): string {
  return `${rating} — ${RATING_WORDS[rating - 1] ?? ''}`
}

type RatingPickerProps = {
  value: number | null | undefined
  onRate: (rating: number) => void
  disabled?: boolean
}

/**
 * Ten hearts as a radio group with one tab stop. Arrow keys, Home and End move focus; Enter, Space or a click
 * rates. Focus does not rate by itself, so walking across the hearts does not send ten writes to Trakt.
 */
export function RatingPicker({ value, onRate, disabled }: RatingPickerProps) {
  const [focused, setFocused] = useState<number | null>(null)
  const [hovered, setHovered] = useState<number | null>(null)
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const tabStop = focused ?? value ?? 1
  const shown = hovered ?? value ?? 0

  const move = (rating: number) => {
    const next = Math.min(10, Math.max(1, rating))
    setFocused(next)
    refs.current[next - 1]?.focus()
  }

  const onKeyDown = (event: KeyboardEvent, rating: number) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? rating + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? rating - 1
          : event.key === 'Home'
            ? 1
            : event.key === 'End'
              ? 10
              : null
    if (next === null) return
    event.preventDefault()
    move(next)
  }

  return (
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the stars take focus (roving tabindex); leaving the group only ends the hover preview.
    <div
      role="radiogroup"
      aria-label="Your rating"
      className="flex items-center"
      onMouseLeave={() => setHovered(null)}
    >
      {Array.from({ length: 10 }, (_, index) => {
        const rating = index + 1
        return (
          <button
            key={rating}
            ref={(node) => {
              refs.current[index] = node
            }}
            type="button"
            role="radio"
            aria-checked={value === rating}
            aria-label={ratingLabel(rating)}
            title={ratingLabel(rating)}
            tabIndex={rating === tabStop ? 0 : -1}
            disabled={disabled}
            onClick={() => onRate(rating)}
            onKeyDown={(event) => onKeyDown(event, rating)}
            onFocus={() => setFocused(rating)}
            onMouseEnter={() => setHovered(rating)}
            className={cn(
              'rounded-full p-0.5 text-muted transition-colors hover:text-accent focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50',
              rating <= shown && 'text-accent',
            )}
          >
            <HeartIcon filled={rating <= shown} className="size-6" />
          </button>
        )
      })}
    </div>
  )
}
