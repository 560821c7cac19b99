import type { ComponentProps, ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { Button } from './button'
import { AlertIcon } from './icons'

type ErrorStateProps = Omit<ComponentProps<'div'>, 'title'> & {
  title?: ReactNode
  message: ReactNode
  onRetry?: () => void
  isRetrying?: boolean
  /** Extra actions next to Retry (e.g. "Go to Discover"). */
  actions?: ReactNode
  /** Heading level: 1 for a whole-page error, 2 inside a page. */
  level?: 1 | 2
}

/** Explains a failure in words and offers a retry. */
export function ErrorState({
  title = 'Something went wrong',
  message,
  onRetry,
  isRetrying,
  actions,
  level = 2,
  className,
  ...props
}: ErrorStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2'
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col items-center gap-3 rounded-card border border-line bg-surface px-6 py-10 text-center',
        className,
      )}
      {...props}
    >
      <AlertIcon className="size-8 text-danger" />
      <Heading tabIndex={level === 1 ? -1 : undefined} className="text-xl font-semibold focus:outline-none">
        {title}
      </Heading>
      <p className="max-w-prose text-muted">{message}</p>
      {onRetry || actions ? (
        <div className="mt-2 flex flex-wrap justify-center gap-2">
          {onRetry ? (
            <Button onClick={onRetry} isLoading={isRetrying}>
              Retry
            </Button>
          ) : null}
          {actions}
        </div>
      ) : null}
    </div>
  )
}
