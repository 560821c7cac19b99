import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

type SpinnerProps = ComponentProps<'span'> & { label?: string }

/** An indeterminate spinner; pass `label` to announce it, otherwise it is decorative. */
export function Spinner({ label, className, ...props }: SpinnerProps) {
  return (
    <span
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={cn(
        'inline-block size-4 shrink-0 animate-spin rounded-full border-2 border-current border-e-transparent motion-reduce:animate-[spin_1.5s_linear_infinite]',
        className,
      )}
      {...props}
    />
  )
}
