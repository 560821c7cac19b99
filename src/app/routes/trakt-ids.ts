import type { Ids } from '@/lib/media/read'

/** Title pages read ids defensively (trakt may be missing); actions need a trakt id to write anything. */
export function traktIds(ids: Ids) {
  return ids.trakt === null ? null : { ...ids, trakt: ids.trakt }
}
