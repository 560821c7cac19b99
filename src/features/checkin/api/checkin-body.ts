import type { paths } from '@/lib/trakt/schema'

/** The social networks a check-in can be shared to: the keys of the contract's `sharing` object. */
export type SharingService = 'twitter' | 'mastodon' | 'tumblr'

export const SHARING_SERVICES: readonly SharingService[] = ['twitter', 'mastodon', 'tumblr']

/** A movie or an episode to check in to, as its title page knows it. */
export type CheckInItem = { type: 'movie' | 'episode'; ids: { trakt: number }; title: string }

export type CheckInVars = {
  item: CheckInItem
  /** Shared with the post; Trakt uses the user's "watching" text when none is sent. */
  message?: string
  /** Per connected network, post or not; Trakt applies the account's own settings when left out. */
  sharing?: Partial<Record<SharingService, boolean>>
}

type CheckInBody = NonNullable<paths['/checkin']['post']['requestBody']>['content']['application/json']

/** `{ movie: { ids } }` or `{ episode: { ids } }`, with the message and sharing only when there are any. */
export function checkInBody({ item, message, sharing }: CheckInVars): CheckInBody {
  const ids = { trakt: item.ids.trakt }
  const text = message?.trim()
  const extra = {
    ...(text ? { message: text } : {}),
    ...(sharing && Object.keys(sharing).length > 0 ? { sharing } : {}),
  }
  return item.type === 'movie' ? { movie: { ids }, ...extra } : { episode: { ids }, ...extra }
}
