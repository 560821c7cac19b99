import { useInfiniteQuery } from '@tanstack/react-query'
import { discoverQueries } from '../api/discover-queries'
import { sectionPath, sectionTitle, type MediaSection, type MediaType } from '../lib/discover-sections'
import { Rail, RailBody } from './rail'
import { TitleCard } from './title-card'

/** One chart as a rail: the first page of the same query its "See all" grid pages through. */
export function MediaRail({ type, section }: { type: MediaType; section: MediaSection }) {
  const title = sectionTitle(type, section)
  return (
    <Rail title={title} seeAllHref={sectionPath(type, section)}>
      {(isInView) => <MediaRailBody type={type} section={section} title={title} isEnabled={isInView} />}
    </Rail>
  )
}

function MediaRailBody({
  type,
  section,
  title,
  isEnabled,
}: {
  type: MediaType
  section: MediaSection
  title: string
  isEnabled: boolean
}) {
  const query = useInfiniteQuery({ ...discoverQueries.section(type, section), enabled: isEnabled })
  return (
    <RailBody
      title={title}
      variant="poster"
      items={query.data?.pages[0]?.items}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      getKey={(card) => card.traktId}
      renderItem={(card) => <TitleCard card={card} headingLevel="h4" />}
    />
  )
}
