/** The show's page, by slug (or Trakt id, which Trakt accepts wherever a slug goes). */
export function showHref(ids: { trakt: number; slug: string | null }): string {
  return `/shows/${ids.slug ?? ids.trakt}`
}

export function episodeHref(
  ids: { trakt: number; slug: string | null },
  season: number,
  number: number,
): string {
  return `${showHref(ids)}/seasons/${season}/episodes/${number}`
}
