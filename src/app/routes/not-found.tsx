import { LinkButton } from '@/components/ui/link-button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'

/** The catch-all route. */
export function Component() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is nothing at this address"
        description="Marquee understands trakt.tv addresses for movies, shows, seasons, episodes, people, users and lists: check the link, or start from Discover."
        action={
          <LinkButton to="/discover" variant="primary">
            Go to Discover
          </LinkButton>
        }
      />
    </>
  )
}
