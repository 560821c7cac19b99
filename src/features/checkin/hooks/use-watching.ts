import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { watchingQueries } from '../api/watching-queries'

/**
 * "Watching now" of `user` ('me' for the signed-in user), asked again the moment it ends (so a finished check-in
 * leaves the header on time) and, with `pollMs`, now and then for check-ins made on another device.
 */
export function useWatching(user: string, options: { enabled?: boolean; pollMs?: number } = {}) {
  const queryClient = useQueryClient()
  const query = useQuery({
    ...watchingQueries.user(user),
    enabled: options.enabled ?? true,
    refetchInterval: options.pollMs ?? false,
  })
  const expiresAt = query.data?.expiresAt
  useEffect(() => {
    if (!expiresAt) return
    // A second late, so Trakt has let it go; an answer that still holds it does not ask again (same expiry).
    const delay = Math.max(0, Date.parse(expiresAt) - Date.now()) + 1000
    const id = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: watchingQueries.user(user).queryKey }),
      delay,
    )
    return () => clearTimeout(id)
  }, [expiresAt, user, queryClient])
  return query
}
