import { useInfiniteQuery } from '@tanstack/react-query'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { useSession } from '@/lib/auth/session'
import { historyQueries } from '../api/history-queries'
import { HistoryView } from './history-view'
import { OwnHistory } from './own-history'
import { useHistoryFilters } from './use-history-filters'

type HistoryPageProps = {
  /** Whose history (`/users/:user/history`); the signed-in user's own when left out. */
  user?: string
}

/**
 * A history: the signed-in user's own at `/history` (and at their own `/users/:user/history`), with Remove;
 * visitors get the sign-in prompt there. Anyone else's, read-only, at `/users/:user/history`.
 */
export function HistoryPage({ user }: HistoryPageProps) {
  const session = useSession()
  const mySlug = session.status === 'signed-in' ? session.user?.slug : undefined
  const isOwn = user === undefined || user === mySlug
  return (
    <>
      <PageHeader
        title={isOwn ? 'History' : `${user}’s history`}
        description={
          isOwn
            ? 'Everything you watched, checked in to or scrobbled.'
            : 'What they watched, checked in to or scrobbled.'
        }
      />
      {!isOwn ? (
        <UserHistory user={user} />
      ) : session.status === 'signed-in' ? (
        <OwnHistory />
      ) : (
        <SignInPrompt what="your history" />
      )}
    </>
  )
}

function UserHistory({ user }: { user: string }) {
  const [filters, setFilters] = useHistoryFilters()
  const history = useInfiniteQuery(historyQueries.user(user, filters))
  return <HistoryView filters={filters} setFilters={setFilters} history={history} />
}
