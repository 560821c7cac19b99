import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { filtersFromSearchParams, writeFilters, type HistoryFilters } from '../lib/history-filters'

/** The filters in the address, and a setter that writes them there. */
export function useHistoryFilters() {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the params' identity
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [search])
  const setFilters = (next: HistoryFilters) =>
    setSearchParams(writeFilters(searchParams, next), { replace: true, preventScrollReset: true })
  return [filters, setFilters] as const
}
