import { trakt } from '@/lib/trakt/trakt'
import type { SessionUser } from './stored-session'

/** The signed-in user's profile from GET /users/settings, reduced to what the app shows. */
export async function loadSessionUser(): Promise<SessionUser> {
  const { data } = await trakt().GET('/users/settings')
  const user = data!.user
  return {
    username: user.username,
    slug: user.ids.slug,
    name: user.name ?? null,
    avatar: user.images?.avatar?.full ?? null,
    vip: user.vip,
  }
}
