import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/** A rounded surface for grouped content. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('rounded-card border border-line bg-surface p-4 shadow-sm sm:p-5', className)}
      {...props}
    />
  )
}

export function CardTitle({ className, children, ...props }: ComponentProps<'h2'>) {
  return (
    <h2 className={cn('text-lg font-semibold leading-tight', className)} {...props}>
      {children}
    </h2>
  )
}
