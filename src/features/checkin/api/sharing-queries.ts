import { queryOptions } from '@tanstack/react-query'
import { bool, obj, str } from '@/lib/media/read'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { SHARING_SERVICES, type SharingService } from './checkin-body'

/** What a check-in can be shared to: the connected networks of `/users/settings`, and the default message. */
export type SharingSettings = {
  /** Connected networks a check-in can post to, in the contract's order. */
  connected: SharingService[]
  /** The account's "watching" text ("I'm watching [item]"), used when no message is sent. */
  watchingText: string | null
}

/** The parts of a `/users/settings` answer a check-in needs. */
export function mapSharingSettings(body: unknown): SharingSettings {
  const settings = obj(body)
  const connections = obj(settings.connections)
  return {
    connected: SHARING_SERVICES.filter((service) => bool(connections[service])),
    watchingText: str(obj(settings.sharing_text).watching),
  }
}

/** The signed-in user's sharing connections. Key: ['users', 'settings', 'sharing']. */
export const sharingQueries = {
  settings: () =>
    queryOptions({
      queryKey: ['users', 'settings', 'sharing'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/users/settings', { signal })
        return mapSharingSettings(data)
      },
      // Connections change on trakt.tv, rarely; an hour matches the other account-level data.
      staleTime: staleTime.social,
    }),
}
