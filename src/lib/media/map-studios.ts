import { arr, obj, readIds, str, type Ids } from './read'

export type Studio = { name: string; country: string | null; ids: Ids }

/** A title's studios (`/movies/{id}/studios`, `/shows/{id}/studios`) in Trakt's order; nameless entries are dropped. */
export function mapStudios(body: unknown): Studio[] {
  const out: Studio[] = []
  for (const entry of arr(body)) {
    const raw = obj(entry)
    const name = str(raw.name)
    if (name) out.push({ name, country: str(raw.country), ids: readIds(raw.ids) })
  }
  return out
}
