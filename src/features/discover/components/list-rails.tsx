import { listChartQueries } from '../api/list-queries'
import { sectionPath, sectionTitle, type ListSection } from '../lib/discover-sections'
import { ChartRail } from './chart-rail'
import { ListCard } from './list-card'

function ListChartRail({ section }: { section: ListSection }) {
  return (
    <ChartRail
      title={sectionTitle('lists', section)}
      seeAllHref={sectionPath('lists', section)}
      options={listChartQueries.section(section)}
      variant="list"
      getKey={(list) => list.traktId}
      renderItem={(list) => <ListCard list={list} headingLevel="h4" />}
    />
  )
}

/** The hub's list charts, the last rails of Discover. */
export function ListRails() {
  return (
    <div className="space-y-8">
      <ListChartRail section="trending" />
      <ListChartRail section="popular" />
    </div>
  )
}
