import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { PAGE_PARAM, usePageParam } from '@/components/ui/use-paged-items'
import {
  SEARCH_TYPES,
  fieldsForTypes,
  parseSearchFields,
  parseSearchTypes,
  type SearchType,
} from './search-types'

export type SearchUrlState = ReturnType<typeof useSearchUrlState>

/**
 * `/search?q=…&type=movie,show&fields=title&syntax=advanced&page=2`: the URL is the one place the search lives.
 * Every change of what is searched starts again at page 1.
 */
export function useSearchUrlState() {
  const [searchParams, setSearchParams] = useSearchParams()
  const { pages, setPages } = usePageParam()
  const q = searchParams.get('q') ?? ''
  const typeParam = searchParams.get('type')
  const fieldsParam = searchParams.get('fields')
  const types = useMemo(() => parseSearchTypes(typeParam), [typeParam])
  const fields = useMemo(() => parseSearchFields(fieldsParam, types), [fieldsParam, types])
  const isAdvancedSyntax = searchParams.get('syntax') === 'advanced'

  const update = (changes: Record<string, string | null>, { replace = false } = {}) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        next.delete(PAGE_PARAM)
        return next
      },
      { replace },
    )

  return {
    q,
    types,
    fields,
    isAdvancedSyntax,
    pages,
    setPages,
    /** The text search; replacing, so typing does not fill the history. */
    setQuery: (text: string) => {
      const wanted = text.trim()
      if (wanted !== q) update({ q: wanted || null }, { replace: true })
    },
    /** Turns a type on or off; the last one stays on (Trakt needs one), and fields it alone had go. */
    toggleType: (type: SearchType, isOn: boolean) => {
      const next = SEARCH_TYPES.map((t) => t.value).filter((t) => (t === type ? isOn : types.includes(t)))
      if (next.length === 0) return
      const allowed = fieldsForTypes(next)
      update({ type: next.join(','), fields: fields.filter((f) => allowed.includes(f)).join(',') || null })
    },
    toggleField: (field: string, isOn: boolean) => {
      const next = fieldsForTypes(types).filter((f) => (f === field ? isOn : fields.includes(f)))
      update({ fields: next.join(',') || null })
    },
    setAdvancedSyntax: (isOn: boolean) => update({ syntax: isOn ? 'advanced' : null }),
  }
}
