import type { CollectionEntry, SandboxDb, UserState } from '../../db/types'
import { type Levels, serializeEpisode, serializeMovie, serializeShow } from '../catalog/serialize'

/** Metadata with every key present (null when unset), as extended=metadata answers. */
function metadataOf(entry: CollectionEntry) {
  const m = entry.metadata
  return {
    media_type: m.media_type ?? null,
    resolution: m.resolution ?? null,
    hdr: m.hdr ?? null,
    audio: m.audio ?? null,
    audio_channels: m.audio_channels ?? null,
    '3d': m['3d'] ?? false,
  }
}

/** /sync/collection/{movies|shows|episodes}; null for an unknown type. */
export function collectionView(
  db: SandboxDb,
  state: UserState,
  type: string,
  ext: Levels,
): Record<string, unknown>[] | null {
  // `media` is movies and shows together, newest first.
  if (type === 'media') {
    const at = (row: Record<string, unknown>) => String(row.collected_at ?? row.last_collected_at)
    return [...collectionView(db, state, 'movies', ext)!, ...collectionView(db, state, 'shows', ext)!].sort(
      (a, b) => (at(a) < at(b) ? 1 : -1),
    )
  }
  const withMeta = ext.has('metadata')
  if (type === 'movies') {
    return state.collection
      .filter((c) => c.item.type === 'movie' && db.movies[c.item.id])
      .sort((a, b) => (a.collected_at < b.collected_at ? 1 : -1))
      .map((c) => ({
        type: 'movie',
        collected_at: c.collected_at,
        updated_at: c.updated_at,
        movie: serializeMovie(db.movies[c.item.id]!, ext),
        ...(withMeta ? { metadata: metadataOf(c) } : {}),
      }))
  }
  const episodes = state.collection.filter((c) => c.item.type === 'episode' && db.episodes[c.item.id])
  if (type === 'episodes') {
    return episodes.map((c) => {
      const episode = db.episodes[c.item.id]!
      return {
        type: 'episode',
        collected_at: c.collected_at,
        updated_at: c.updated_at,
        episode: serializeEpisode(episode, ext),
        show: serializeShow(db.shows[episode.showId]!, ext),
        ...(withMeta ? { metadata: metadataOf(c) } : {}),
      }
    })
  }
  if (type !== 'shows') return null
  const byShow = new Map<number, CollectionEntry[]>()
  for (const c of episodes) {
    const showId = db.episodes[c.item.id]!.showId
    byShow.set(showId, [...(byShow.get(showId) ?? []), c])
  }
  return [...byShow.entries()]
    .filter(([showId]) => db.shows[showId])
    .map(([showId, entries]) => {
      const seasons = new Map<number, Record<string, unknown>[]>()
      for (const c of entries) {
        const episode = db.episodes[c.item.id]!
        const row = {
          number: episode.number,
          collected_at: c.collected_at,
          ...(withMeta ? { metadata: metadataOf(c) } : {}),
        }
        seasons.set(episode.season, [...(seasons.get(episode.season) ?? []), row])
      }
      const last = entries.reduce((max, c) => (c.collected_at > max ? c.collected_at : max), '')
      const updated = entries.reduce((max, c) => (c.updated_at > max ? c.updated_at : max), '')
      return {
        type: 'show',
        last_collected_at: last,
        last_updated_at: updated,
        show: serializeShow(db.shows[showId]!, ext),
        seasons: [...seasons.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([number, eps]) => ({
            number,
            episodes: eps.sort((a, b) => (a.number as number) - (b.number as number)),
          })),
      }
    })
    .sort((a, b) => (a.last_collected_at < b.last_collected_at ? 1 : -1))
}
