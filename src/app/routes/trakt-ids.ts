type PageIds = {
  trakt: number | null
  slug: string | null
  imdb: string | null
  tmdb: number | null
  tvdb: number | null
}

/** Title pages read ids defensively (trakt may be missing); actions need a trakt id to write anything. */
export function traktIds(ids: PageIds) {
  return ids.trakt === null ? null : { ...ids, trakt: ids.trakt }
}
