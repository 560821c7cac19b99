/** What Trakt's text search can return, and the `fields` each type accepts (from the API reference). */
export type SearchType = 'movie' | 'show' | 'episode' | 'person' | 'list'

export const SEARCH_TYPES: { value: SearchType; label: string }[] = [
  { value: 'movie', label: 'Movies' },
  { value: 'show', label: 'Shows' },
  { value: 'episode', label: 'Episodes' },
  { value: 'person', label: 'People' },
  { value: 'list', label: 'Lists' },
]

export const DEFAULT_SEARCH_TYPES: SearchType[] = ['movie', 'show', 'person']

export const SEARCH_FIELDS: Record<SearchType, string[]> = {
  movie: ['title', 'original_title', 'translations', 'aliases', 'tagline', 'overview', 'people'],
  show: ['title', 'original_title', 'translations', 'aliases', 'overview', 'people'],
  episode: ['title', 'show_title', 'overview'],
  person: ['name', 'biography'],
  list: ['name', 'description'],
}

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  original_title: 'Original title',
  translations: 'Translations',
  aliases: 'Aliases',
  tagline: 'Tagline',
  overview: 'Overview',
  people: 'People',
  show_title: 'Show title',
  name: 'Name',
  biography: 'Biography',
  description: 'Description',
}

export function isSearchType(value: string): value is SearchType {
  return SEARCH_TYPES.some((t) => t.value === value)
}

/** Types from `?type=movie,show`, in canonical order; the default set when none is valid. */
export function parseSearchTypes(raw: string | null): SearchType[] {
  const wanted = new Set((raw ?? '').split(',').map((t) => t.trim()))
  const types = SEARCH_TYPES.map((t) => t.value).filter((t) => wanted.has(t))
  return types.length > 0 ? types : DEFAULT_SEARCH_TYPES
}

/** The fields that make sense for the chosen types (a union, in a stable order). */
export function fieldsForTypes(types: SearchType[]): string[] {
  const out: string[] = []
  for (const type of types) for (const field of SEARCH_FIELDS[type]) if (!out.includes(field)) out.push(field)
  return out
}

/** Fields from `?fields=title,overview`, keeping only those valid for the chosen types. */
export function parseSearchFields(raw: string | null, types: SearchType[]): string[] {
  const allowed = fieldsForTypes(types)
  const wanted = new Set((raw ?? '').split(',').map((f) => f.trim()))
  return allowed.filter((f) => wanted.has(f))
}

export const ID_TYPES = ['trakt', 'imdb', 'tmdb', 'tvdb'] as const
export type IdType = (typeof ID_TYPES)[number]
export const ID_TYPE_LABELS: Record<IdType, string> = {
  trakt: 'Trakt',
  imdb: 'IMDb',
  tmdb: 'TMDB',
  tvdb: 'TVDB',
}

export function isIdType(value: string | undefined): value is IdType {
  return ID_TYPES.includes(value as IdType)
}
