import { useInfiniteQuery } from '@tanstack/react-query'
import { discoverQueries } from '../api/discover-queries'
import { sectionPath, sectionTitle, type ListSection } from '../lib/discover-sections'
import { ListCard } from './list-card'
import { Rail, RailBody } from './rail'

/** Trending or popular lists as a rail. */
export function ListRail({ section }: { section: ListSection }) {
  const title = sectionTitle('lists', section)
  return (
    <Rail title={title} seeAllHref={sectionPath('lists', section)}>
      {(isInView) => <ListRailBody section={section} title={title} isEnabled={isInView} />}
    </Rail>
  )
}

function ListRailBody({
  section,
  title,
  isEnabled,
}: {
  section: ListSection
  title: string
  isEnabled: boolean
}) {
  const query = useInfiniteQuery({ ...discoverQueries.lists(section), enabled: isEnabled })
  return (
    <RailBody
      title={title}
      variant="list"
      items={query.data?.pages[0]?.items}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      getKey={(list) => list.traktId}
      renderItem={(list) => <ListCard list={list} headingLevel="h4" />}
    />
  )
}
