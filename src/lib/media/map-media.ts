import { firstImage } from './images'
import { arr, num, obj, readIds, str, type Ids } from './read'

/** A movie or show as it appears in rails and credits: enough for a poster card and a link. */
export type MediaRef = {
  type: 'movie' | 'show'
  ids: Ids
  title: string
  year: number | null
  poster: string | null
  rating: number | null
}

/** One movie or show object (minimal or extended). */
export function mapMediaRef(value: unknown, type: 'movie' | 'show'): MediaRef | null {
  const raw = obj(value)
  const title = str(raw.title)
  if (!title) return null
  return {
    type,
    ids: readIds(raw.ids),
    title,
    year: num(raw.year),
    poster: firstImage(raw.images, 'poster'),
    rating: num(raw.rating),
  }
}

/** A related-titles answer (a plain array of movies or shows). */
export function mapRelated(body: unknown, type: 'movie' | 'show'): MediaRef[] {
  const out: MediaRef[] = []
  for (const entry of arr(body)) {
    const item = mapMediaRef(entry, type)
    if (item) out.push(item)
  }
  return out
}
