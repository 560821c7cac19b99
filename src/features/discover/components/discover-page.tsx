import { PageHeader } from '@/components/ui/page-header'
import { discoverQueries } from '../api/discover-queries'
import {
  MOVIE_SECTION_ORDER,
  SHOW_SECTION_ORDER,
  sectionPath,
  sectionTitle,
  type ListSection,
  type MediaSection,
  type MediaType,
} from '../lib/discover-sections'
import { ChartRail } from './chart-rail'
import { ListCard } from './list-card'
import { TitleCard } from './title-card'

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

function ListChartRail({ section }: { section: ListSection }) {
  return (
    <ChartRail
      title={sectionTitle('lists', section)}
      seeAllHref={sectionPath('lists', section)}
      options={discoverQueries.lists(section)}
      variant="list"
      getKey={(list) => list.traktId}
      renderItem={(list) => <ListCard list={list} headingLevel="h4" />}
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
        <ListChartRail section="trending" />
        <ListChartRail section="popular" />
      </section>
    </div>
  )
}
