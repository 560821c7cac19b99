export type PageMeta = {
  page: number
  limit: number
  pageCount: number
  itemCount: number
}

export type SortMeta = {
  sortBy?: string
  sortHow?: string
  appliedSortBy?: string
  appliedSortHow?: string
}

export type ResponseMeta = {
  /** Present when Trakt paginated the answer (X-Pagination-* headers). */
  pagination?: PageMeta
  sort: SortMeta
  isPrivateUser: boolean
}

function intHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name)
  if (raw === null || raw.trim() === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) ? value : undefined
}

/** Reads Trakt's pagination, sort and privacy headers into typed metadata. */
export function readResponseMeta(headers: Headers): ResponseMeta {
  const page = intHeader(headers, 'X-Pagination-Page')
  const limit = intHeader(headers, 'X-Pagination-Limit')
  const pageCount = intHeader(headers, 'X-Pagination-Page-Count')
  const itemCount = intHeader(headers, 'X-Pagination-Item-Count')
  const sort: SortMeta = {}
  const set = (key: keyof SortMeta, header: string) => {
    const value = headers.get(header)
    if (value) sort[key] = value
  }
  set('sortBy', 'X-Sort-By')
  set('sortHow', 'X-Sort-How')
  set('appliedSortBy', 'X-Applied-Sort-By')
  set('appliedSortHow', 'X-Applied-Sort-How')
  const meta: ResponseMeta = { sort, isPrivateUser: headers.get('X-Private-User') === 'true' }
  if (page !== undefined || pageCount !== undefined) {
    meta.pagination = {
      page: page ?? 1,
      limit: limit ?? 10,
      pageCount: pageCount ?? 1,
      itemCount: itemCount ?? 0,
    }
  }
  return meta
}
