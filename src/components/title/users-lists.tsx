import { Link } from 'react-router'
import { FallbackImage } from '@/components/ui/fallback-image'
import { formatCount } from '@/lib/media/format'
import type { ListSummary, UserRef } from '@/lib/media/map-lists'

function userHref(user: UserRef): string {
  return `/users/${user.slug ?? user.username}`
}

/** Lists containing an item, linking to the list at its trakt.tv path (/users/:user/lists/:list). */
export function ListsList({ lists }: { lists: ListSummary[] }) {
  return (
    <ul className="divide-y divide-line rounded-card border border-line bg-surface">
      {lists.map((list) => {
        const listId = list.ids.slug ?? list.ids.trakt
        const href = list.user && listId !== null ? `${userHref(list.user)}/lists/${listId}` : null
        return (
          <li
            key={list.ids.trakt ?? list.name}
            className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2 text-sm"
          >
            <span className="min-w-0">
              {href ? (
                <Link to={href} className="font-medium hover:underline">
                  {list.name}
                </Link>
              ) : (
                <span className="font-medium">{list.name}</span>
              )}
              {list.user ? (
                <span className="text-muted"> by {list.user.name || list.user.username}</span>
              ) : null}
            </span>
            <span className="text-muted tabular-nums">
              {formatCount(list.itemCount)} items · {formatCount(list.likes)} likes
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** People watching right now, linking to their profiles. */
export function WatchersList({ users }: { users: UserRef[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {users.map((user) => (
        <li key={user.slug ?? user.username}>
          <Link
            to={userHref(user)}
            className="inline-flex h-8 items-center gap-2 rounded-full border border-line bg-surface px-3 text-sm hover:bg-raised"
          >
            <FallbackImage
              src={user.avatar ?? undefined}
              fallback={null}
              alt=""
              width={20}
              height={20}
              loading="lazy"
              className="size-5 rounded-full"
            />
            {user.username}
          </Link>
        </li>
      ))}
    </ul>
  )
}
