import { queryOptions } from '@tanstack/react-query'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { staleTime } from '@/lib/stale'

/** The two kinds of title Trakt's reference lists (genres, countries, ...) come in. */
export type MediaType = 'movies' | 'shows'

/** One choice of a reference filter: the value Trakt filters on and a name for people. */
export type ReferenceOption = { value: string; label: string; description?: string }

type Row = Record<string, unknown>
const rows = (body: unknown): Row[] =>
  Array.isArray(body) ? body.filter((r): r is Row => typeof r === 'object' && r !== null) : []
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

function options(body: unknown, valueKey: string): ReferenceOption[] {
  const seen = new Set<string>()
  const out: ReferenceOption[] = []
  for (const row of rows(body)) {
    const value = text(row[valueKey])
    if (!value || seen.has(value)) continue
    seen.add(value)
    const description = text(row.description)
    out.push({ value, label: text(row.name) || value, ...(description ? { description } : {}) })
  }
  return out.sort((a, b) => a.label.localeCompare(b.label))
}

/** `/certifications/{type}` answers `{ us: [...] }`; only US certifications exist. Order is Trakt's (G, PG, ...). */
export function mapCertifications(body: unknown): ReferenceOption[] {
  const us = body && typeof body === 'object' ? (body as Row).us : undefined
  const seen = new Set<string>()
  return rows(us)
    .map((row) => ({
      value: text(row.slug),
      label: text(row.name) || text(row.slug),
      description: text(row.description),
    }))
    .filter((o) => o.value && !seen.has(o.value) && (seen.add(o.value), true))
}

const reference = { staleTime: staleTime.reference, gcTime: 2 * staleTime.reference }

/** Query factories for the reference data the filters offer (cached for a day). */
const all = () => ['reference'] as const

export const referenceQueries = {
  all,

  genres: (type: MediaType) =>
    queryOptions({
      queryKey: [...all(), 'genres', type] as const,
      queryFn: async ({ signal }) =>
        options(
          withMeta(await trakt().GET('/genres/{type}', { params: { path: { type } }, signal })).data,
          'slug',
        ),
      ...reference,
    }),
  countries: (type: MediaType) =>
    queryOptions({
      queryKey: [...all(), 'countries', type] as const,
      queryFn: async ({ signal }) =>
        options(
          withMeta(await trakt().GET('/countries/{type}', { params: { path: { type } }, signal })).data,
          'code',
        ),
      ...reference,
    }),
  languages: (type: MediaType) =>
    queryOptions({
      queryKey: [...all(), 'languages', type] as const,
      queryFn: async ({ signal }) =>
        options(
          withMeta(await trakt().GET('/languages/{type}', { params: { path: { type } }, signal })).data,
          'code',
        ),
      ...reference,
    }),
  certifications: (type: MediaType) =>
    queryOptions({
      queryKey: [...all(), 'certifications', type] as const,
      queryFn: async ({ signal }) =>
        mapCertifications(
          withMeta(await trakt().GET('/certifications/{type}', { params: { path: { type } }, signal })).data,
        ),
      ...reference,
    }),
  networks: () =>
    queryOptions({
      queryKey: [...all(), 'networks'] as const,
      // Shows filter on the network's name.
      queryFn: async ({ signal }) =>
        options(withMeta(await trakt().GET('/networks', { signal })).data, 'name'),
      ...reference,
    }),
}
