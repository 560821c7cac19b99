import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'

type SummarySectionProps = {
  title: string
  /** The full page this section is a glimpse of. */
  to: string
  /** The link's text, e.g. "All of your progress". */
  linkLabel: string
  children: ReactNode
}

/** A titled glimpse of another page (the signed-in home's sections), with the link to the whole of it. */
export function SummarySection({ title, to, linkLabel, children }: SummarySectionProps) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <Link to={to} className="shrink-0 text-sm font-medium text-accent hover:underline">
          {linkLabel}
        </Link>
      </div>
      {children}
    </section>
  )
}
