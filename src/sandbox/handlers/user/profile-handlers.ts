import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import type { SandboxDb, UserState } from '../../db/types'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { settleCheckin } from './checkin-state'
import { FREE_LIMITS } from './limits'
import {
  type Levels,
  serializeComment,
  serializeList,
  serializeItem,
  serializeUser,
} from '../catalog/serialize'
import { nowIso, readBody, requireUser, stateOf, targetUser } from './user-access'
import { userStats } from './user-stats'

function profile(db: SandboxDb, slug: string, ext: Levels) {
  const user = db.users[slug]!
  const out: Record<string, unknown> = serializeUser(user, ext)
  if (ext.has('vip'))
    Object.assign(out, { vip_og: false, vip_years: user.vip ? 1 : 0, vip_cover_image: null })
  return out
}

const PROGRESS_VIEW = {
  refresh: true,
  simple_progress: false,
  include_specials: false,
  sort: 'activity',
  sort_how: 'desc',
  use_last_activity: false,
  grid_view: false,
}

/** The website preferences block; only locale and spoilers come from the stored settings. */
function browsing(settings: UserState['settings']) {
  return {
    watch_popup_action: 'now',
    hide_watching_now: false,
    list_popup_action: 'add',
    week_start_day: 'monday',
    watch_after_rating: null,
    watch_only_once: false,
    show_rating_prompt: true,
    locale: settings.locale,
    other_site_ratings: true,
    release_date_ignore_runtime: false,
    display_early_ratings: false,
    hide_episode_type_tags: false,
    hide_unsaved_filters_prompt: false,
    // The current contract has string spoiler modes; the stored flags map to hide/show.
    spoilers: Object.fromEntries(
      Object.entries({ ...settings.spoilers, ratings: false, actors: false }).map(([k, hide]) => [
        k,
        hide ? 'hide' : 'show',
      ]),
    ),
    calendar: {
      period: 'week',
      start_day: 'monday',
      layout: 'grid',
      image_type: 'fanart',
      hide_specials: false,
      autoscroll: true,
    },
    progress: {
      on_deck: {
        sort: 'activity',
        sort_how: 'desc',
        refresh: true,
        simple_progress: false,
        only_favorites: false,
      },
      watched: { ...PROGRESS_VIEW, include_watchlisted: false, include_collected: false },
      collected: { ...PROGRESS_VIEW, include_watchlisted: false, include_watched: false },
    },
    watchnow: { country: 'gb', favorites: [], only_favorites: false },
    welcome: { completed_at: null, exit_step: null },
    genres: { favorites: [], disliked: [] },
    comments: { blocked_uids: [] },
    recommendations: { ignore_collected: false, ignore_watchlisted: false },
    rewatching: { adjust_percentage: true },
    profile: {
      favorites: { sort_by: 'rank', sort_how: 'asc' },
      most_watched_shows: { sort_by: 'plays', tab: 'all' },
      most_watched_movies: { sort_by: 'plays', tab: 'all' },
    },
  }
}

function settings(db: SandboxDb, slug: string) {
  const user = db.users[slug]!
  const state = stateOf(db, slug)
  return {
    user: {
      ...serializeUser(user, new Set(['full'])),
      ids: { ...user.ids, uuid: `sandbox-${user.ids.trakt}` },
      vip_og: false,
      vip_years: 0,
    },
    permissions: { commenting: true, liking: true, following: true },
    account: {
      timezone: state.settings.timezone,
      date_format: state.settings.date_format,
      time_24hr: state.settings.time_24hr,
      cover_image: null,
      display_ads: false,
    },
    browsing: browsing(state.settings),
    connections: {
      facebook: false,
      twitter: state.settings.connections?.twitter ?? false,
      mastodon: state.settings.connections?.mastodon ?? false,
      google: false,
      tumblr: state.settings.connections?.tumblr ?? false,
      medium: false,
      slack: false,
      apple: false,
      dropbox: false,
      microsoft: false,
    },
    sharing_text: {
      watching: "I'm watching [item]",
      watched: 'I just watched [item]',
      rated: '[item] [stars]',
    },
    limits: user.vip
      ? {
          list: { count: 1000, item_count: 5000 },
          watchlist: { item_count: 5000 },
          favorites: { item_count: 5000 },
        }
      : {
          list: { count: FREE_LIMITS.lists, item_count: FREE_LIMITS.listItems },
          watchlist: { item_count: FREE_LIMITS.watchlist },
          favorites: { item_count: FREE_LIMITS.favorites },
        },
  }
}

/** Settings, profiles, stats, likes, comments and "watching now". */
export function profileHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const base = `${apiUrl}/users`
  const comments: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = targetUser(store, request, String(params.id))
    if (who instanceof Response) return who
    const commentType = (params.commentType as string | undefined) ?? 'all'
    const type = (params.type as string | undefined) ?? 'all'
    const replies = new URL(request.url).searchParams.get('include_replies')
    const ext = extendedLevels(request)
    const rows = Object.values(store.db.comments)
      .filter((c) => c.userSlug === who.slug)
      .filter((c) => (replies === 'only' ? c.parent_id > 0 : replies === 'true' ? true : c.parent_id === 0))
      .filter((c) => commentType === 'all' || (commentType === 'reviews') === c.review)
      .filter((c) => type === 'all' || `${c.item.type}s` === type)
      .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
      .flatMap((c) => {
        const item = serializeItem(store.db, c.item, ext)
        return item ? [{ ...item, comment: serializeComment(store.db, c) }] : []
      })
    return paginate(request, rows)
  }
  const likes: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = targetUser(store, request, String(params.id))
    if (who instanceof Response) return who
    const type = params.type as string | undefined
    if (type !== undefined && type !== 'comments' && type !== 'lists') return fail.notFound()
    const rows: { liked_at: string; [key: string]: unknown }[] = []
    if (type !== 'lists') {
      for (const c of Object.values(store.db.comments)) {
        if (c.likedBy.includes(who.slug))
          rows.push({ liked_at: c.updated_at, type: 'comment', comment: serializeComment(store.db, c) })
      }
    }
    if (type !== 'comments') {
      for (const id of stateOf(store.db, who.slug).likedListIds) {
        const list = store.db.lists[id]
        if (list) rows.push({ liked_at: list.updated_at, type: 'list', list: serializeList(store.db, list) })
      }
    }
    return paginate(
      request,
      rows.sort((a, b) => (a.liked_at < b.liked_at ? 1 : -1)),
    )
  }
  return [
    http.get(`${base}/settings`, ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      return HttpResponse.json(settings(store.db, slug))
    }),
    http.put(`${base}/settings`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const body = await readBody(request)
      const state = stateOf(store.db, slug)
      const account = (body.account ?? {}) as Record<string, unknown>
      if (typeof account.timezone === 'string') state.settings.timezone = account.timezone
      if (typeof account.date_format === 'string') state.settings.date_format = account.date_format
      if (typeof account.time_24hr === 'boolean') state.settings.time_24hr = account.time_24hr
      touchActivities(state, ['account.settings_at'], nowIso(store))
      store.changed()
      return HttpResponse.json(settings(store.db, slug))
    }),
    http.get(`${base}/:id`, ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      if (who instanceof Response) return who
      return HttpResponse.json(profile(store.db, who.slug, extendedLevels(request)))
    }),
    http.get(`${base}/:id/stats`, ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      if (who instanceof Response) return who
      return HttpResponse.json(userStats(store.db, who.slug))
    }),
    http.get(`${base}/:id/watching`, ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      if (who instanceof Response) return who
      const checkin = settleCheckin(store, who.slug)
      if (!checkin) return new HttpResponse(null, { status: 204 })
      const item = serializeItem(store.db, checkin.item, extendedLevels(request))
      return HttpResponse.json({
        expires_at: checkin.expires_at,
        started_at: checkin.started_at,
        action: checkin.action,
        ...item,
      })
    }),
    http.get(`${base}/:id/likes`, likes),
    http.get(`${base}/:id/likes/:type`, likes),
    http.get(`${base}/:id/comments`, comments),
    http.get(`${base}/:id/comments/:commentType`, comments),
    http.get(`${base}/:id/comments/:commentType/:type`, comments),
  ]
}
