import { lazy } from 'react'
import { NearViewport } from '@/components/ui/near-viewport'
import { PageHeader } from '@/components/ui/page-header'
import { discoverQueries } from '../api/discover-queries'
import {
  MOVIE_SECTION_ORDER,
  SHOW_SECTION_ORDER,
  sectionPath,
  sectionTitle,
  type MediaSection,
  type MediaType,
} from '../lib/discover-sections'
import { ChartRail } from './chart-rail'
import { TitleCard } from './title-card'

// The list charts sit at the bottom of the hub: their code (cards, mapping) loads as they come near.
const ListRails = lazy(async () => ({ default: (await import('./list-rails')).ListRails }))

function TitleChartRail({ type, section }: { type: MediaType; section: MediaSection }) {
  return (
    <ChartRail
      title={sectionTitle(type, section)}
      seeAllHref={sectionPath(type, section)}
      options={discoverQueries.section(type, section)}
      variant="poster"
      getKey={(card) => card.traktId}
      renderItem={(card) => <TitleCard card={card} headingLevel="h4" />}
    />
  )
}

/** `/discover`: the visitor's landing page, a hub of chart rails for movies, shows and lists. */
export function DiscoverPage() {
  return (
    <div className="space-y-10">
      <PageHeader
        title="Discover"
        description="What the Trakt community is watching, loving and looking forward to."
      />
      <section aria-labelledby="discover-movies" className="space-y-8">
        <h2 id="discover-movies" className="text-xl font-bold">
          Movies
        </h2>
        {MOVIE_SECTION_ORDER.map((section) => (
          <TitleChartRail key={section} type="movies" section={section} />
        ))}
      </section>
      <section aria-labelledby="discover-shows" className="space-y-8">
        <h2 id="discover-shows" className="text-xl font-bold">
          Shows
        </h2>
        {SHOW_SECTION_ORDER.map((section) => (
          <TitleChartRail key={section} type="shows" section={section} />
        ))}
      </section>
      <section aria-labelledby="discover-lists" className="space-y-8">
        <h2 id="discover-lists" className="text-xl font-bold">
          Lists
        </h2>
        <NearViewport label="lists">
          <ListRails />
        </NearViewport>
      </section>
    </div>
  )
}
