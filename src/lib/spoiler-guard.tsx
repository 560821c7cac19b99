import { useId, useState, type ReactNode } from 'react'
import { cn } from './cn'
import { useSpoilerShield } from './spoilers'

type SpoilerGuardProps = {
  /** True when the content could spoil (shield on and the episode not watched). */
  hidden: boolean
  /** What is hidden, read out with the reveal button, e.g. "Title and overview of S02E05". */
  label: string
  children: ReactNode
  className?: string
}

/**
 * Blurs its content until the user reveals it. Blurred content is hidden from assistive tech and cannot take focus
 * (`inert`); the "Reveal spoiler" button toggles it (`aria-expanded`).
 */
export function SpoilerGuard({ hidden, label, children, className }: SpoilerGuardProps) {
  const [isRevealed, setIsRevealed] = useState(false)
  const id = useId()
  if (!hidden) return <>{children}</>
  const isHidden = !isRevealed
  return (
    <div className={cn('relative', className)} data-spoiler={isHidden ? 'hidden' : 'revealed'}>
      {/* The button comes first so keyboard and screen reader users meet it before the hidden content. */}
      <div className={cn('flex items-center gap-2', isHidden && 'absolute inset-0 z-10 justify-center')}>
        <button
          type="button"
          aria-expanded={isRevealed}
          aria-controls={`${id}-content`}
          aria-describedby={`${id}-label`}
          onClick={() => setIsRevealed((revealed) => !revealed)}
          className="rounded-full border border-line bg-surface px-3 py-1 text-sm font-medium text-fg shadow-sm hover:bg-raised"
        >
          {isHidden ? 'Reveal spoiler' : 'Hide spoiler'}
        </button>
        <span id={`${id}-label`} className="sr-only">
          {label}
        </span>
      </div>
      <div
        id={`${id}-content`}
        aria-hidden={isHidden || undefined}
        inert={isHidden || undefined}
        className={cn(
          'transition-[filter]',
          isHidden && 'pointer-events-none blur-md select-none motion-reduce:transition-none',
        )}
      >
        {children}
      </div>
    </div>
  )
}

/** The on/off switch for the spoiler shield (mounted on the Settings page). */
export function SpoilerShieldToggle({ className }: { className?: string }) {
  const { enabled, setEnabled } = useSpoilerShield()
  const id = useId()
  return (
    <div className={cn('flex items-start gap-2', className)}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => setEnabled(event.target.checked)}
        className="mt-1"
      />
      <label htmlFor={id} className="text-sm">
        <span className="font-medium">Spoiler shield</span>
        <span className="block text-muted">
          Blur titles, stills and overviews of episodes you have not watched.
        </span>
      </label>
    </div>
  )
}
