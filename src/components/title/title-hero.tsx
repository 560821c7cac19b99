import type { ReactNode } from 'react'
import { Backdrop } from '@/components/ui/backdrop'
import { Poster } from '@/components/ui/poster'
import { imageAt } from '@/lib/media/images'
import { SpoilerGuard } from '@/lib/spoiler-guard'

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
  /** Episodes show a 16:9 still instead of a poster. */
  still?: string | null
  fanart?: string | null
  facts: Fact[]
  /** Rating, genres, links: a row under the facts. */
  meta?: ReactNode
  /** The user's actions (watchlist, rate, check-in...) composed by the route. */
  actions?: ReactNode
  /**
   * For an episode the user has not watched: the h1 says only `heading` (its code), and the title and still stay
   * blurred until revealed.
   */
  spoiler?: { hidden: boolean; heading: string }
}

/** The top of a title page: backdrop, poster, the page's one h1, key facts and the actions slot. */
export function TitleHero({
  title,
  suffix,
  eyebrow,
  tagline,
  poster,
  still,
  fanart,
  facts,
  meta,
  actions,
  spoiler,
}: TitleHeroProps) {
  const isSpoiler = spoiler?.hidden === true
  const posterUrl = imageAt(poster, 'medium')
  const stillUrl = imageAt(still, 'medium')
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
        {still !== undefined ? (
          <div className="w-full shrink-0 sm:w-80">
            <SpoilerGuard
              hidden={isSpoiler && stillUrl !== null}
              label={`Still of ${spoiler?.heading ?? title}`}
            >
              {/* Without a still the placeholder shows the title's initial: the code's, while the title is hidden. */}
              <Backdrop
                images={stillUrl ? [stillUrl] : null}
                title={isSpoiler ? spoiler.heading : title}
                decorative
                priority
                size="medium"
              />
            </SpoilerGuard>
          </div>
        ) : (
          <div className="w-28 shrink-0 sm:w-48">
            <Poster images={posterUrl ? [posterUrl] : null} title={title} decorative priority />
          </div>
        )}
        <div className="min-w-0 flex-1 space-y-3">
          {eyebrow ? <div className="text-sm text-muted">{eyebrow}</div> : null}
          <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none sm:text-4xl">
            {isSpoiler ? spoiler.heading : title}
            {suffix ? (
              <>
                {' '}
                <span className="font-normal text-muted">{suffix}</span>
              </>
            ) : null}
          </h1>
          {isSpoiler && title !== spoiler.heading ? (
            <SpoilerGuard hidden label={`Title of ${spoiler.heading}`} className="w-fit min-w-48">
              <p className="text-xl font-semibold">{title}</p>
            </SpoilerGuard>
          ) : null}
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
