import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { ReferenceOption } from '@/lib/media/reference-queries'
import { OptionCheckboxes } from './option-checkboxes'

/** Checkboxes for one of Trakt's reference lists (genres, languages, countries, ...), loaded with `query`. */
export function ReferenceOptions<TKey extends QueryKey>({
  legend,
  query,
  selected,
  onChange,
}: {
  legend: string
  query: UseQueryOptions<ReferenceOption[], Error, ReferenceOption[], TKey>
  selected: string[]
  onChange: (values: string[]) => void
}) {
  const result = useQuery(query)
  return (
    <OptionCheckboxes
      legend={legend}
      options={result.data}
      isPending={result.isPending}
      error={result.error}
      onRetry={() => void result.refetch()}
      selected={selected}
      onChange={onChange}
    />
  )
}
