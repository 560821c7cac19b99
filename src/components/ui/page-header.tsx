import type { ComponentProps, ReactNode } from 'react'
import { cn } from '@/lib/cn'

type PageHeaderProps = Omit<ComponentProps<'div'>, 'title'> & {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
}

/** The page's one h1. `tabIndex={-1}` lets the shell move focus to it after a navigation. */
export function PageHeader({ title, description, actions, className, ...props }: PageHeaderProps) {
  return (
    <div className={cn('mb-6 flex flex-wrap items-end justify-between gap-4', className)} {...props}>
      <div className="min-w-0 space-y-1">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none sm:text-3xl">
          {title}
        </h1>
        {description ? <p className="text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  )
}
