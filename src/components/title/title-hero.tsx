import type { ReactNode } from 'react'
import { Backdrop } from '@/components/ui/backdrop'
import { Poster } from '@/components/ui/poster'
import { imageAt } from '@/lib/media/images'

export type Fact = { label: string; value: ReactNode }

type TitleHeroProps = {
  /** The h1's text. */
  title: string
  /** Shown after the title, e.g. the year. */
  suffix?: ReactNode
  /** Above the title, e.g. a link back to the show. */
  eyebrow?: ReactNode
  tagline?: string | null
  poster?: string | null
  /** In place of the poster (an episode's still). */
  media?: ReactNode
  fanart?: string | null
  facts: Fact[]
  /** Rating, genres, links: a row under the facts. */
  meta?: ReactNode
  /** The user's actions (watchlist, rate, check-in...) composed by the route. */
  actions?: ReactNode
  /** The h1's text when it is not `title` (an unwatched episode's code, its title hidden). */
  heading?: string
  /** Right under the h1 (an unwatched episode's blurred title). */
  subheading?: ReactNode
}

/** The top of a title page: backdrop, poster, the page's one h1, key facts and the actions slot. */
export function TitleHero({
  title,
  suffix,
  eyebrow,
  tagline,
  poster,
  media,
  fanart,
  facts,
  meta,
  actions,
  heading,
  subheading,
}: TitleHeroProps) {
  const posterUrl = imageAt(poster, 'medium')
  const fanartUrl = imageAt(fanart, 'full')
  return (
    <header className="relative isolate">
      {fanartUrl ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 top-0 -z-10 h-56 overflow-hidden opacity-25 sm:h-80"
        >
          <Backdrop images={[fanartUrl]} title="" decorative priority className="h-full rounded-none" />
          <div className="absolute inset-0 bg-gradient-to-b from-transparent to-canvas" />
        </div>
      ) : null}
      <div className="flex flex-col gap-4 pt-4 sm:flex-row sm:gap-6 sm:pt-10">
        {media ?? (
          <div className="w-28 shrink-0 sm:w-48">
            <Poster images={posterUrl ? [posterUrl] : null} title={title} decorative priority />
          </div>
        )}
        <div className="min-w-0 flex-1 space-y-3">
          {eyebrow ? <div className="text-sm text-muted">{eyebrow}</div> : null}
          <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none sm:text-4xl">
            {heading ?? title}
            {suffix ? (
              <>
                {' '}
                <span className="font-normal text-muted">{suffix}</span>
              </>
            ) : null}
          </h1>
          {subheading}
          {tagline ? <p className="italic text-muted">{tagline}</p> : null}
          {facts.length > 0 ? (
            <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              {facts.map((fact) => (
                <div key={fact.label}>
                  <dt className="text-xs uppercase tracking-wide text-muted">{fact.label}</dt>
                  <dd className="font-medium">{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {meta}
          {actions ? (
            <div data-slot="title-actions" className="flex flex-wrap gap-2 pt-1">
              {actions}
            </div>
          ) : null}
        </div>
      </div>
    </header>
  )
}
