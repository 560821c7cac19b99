import { PageHeader } from '@/components/ui/page-header'
import { MOVIE_SECTION_ORDER, SHOW_SECTION_ORDER } from '../lib/discover-sections'
import { ListRail } from './list-rail'
import { MediaRail } from './media-rail'

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
          <MediaRail key={section} type="movies" section={section} />
        ))}
      </section>
      <section aria-labelledby="discover-shows" className="space-y-8">
        <h2 id="discover-shows" className="text-xl font-bold">
          Shows
        </h2>
        {SHOW_SECTION_ORDER.map((section) => (
          <MediaRail key={section} type="shows" section={section} />
        ))}
      </section>
      <section aria-labelledby="discover-lists" className="space-y-8">
        <h2 id="discover-lists" className="text-xl font-bold">
          Lists
        </h2>
        <ListRail section="trending" />
        <ListRail section="popular" />
      </section>
    </div>
  )
}
