import { useEffect } from 'react'
import { useNavigate } from 'react-router'

/** The attribute that marks the search box `/` focuses (the search page's field, or a header field). */
export const SEARCH_BOX_ATTRIBUTE = 'data-search-box'

/** Router state asking the search page to focus its field on arrival. */
export type SearchPageState = { focusSearch?: boolean }

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type)
}

/**
 * `/` anywhere (except while typing in a field) focuses the search box on the page, or opens the search page
 * with its field focused.
 */
export function useSlashToFocusSearch(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented ||
        event.isComposing
      )
        return
      if (isTyping(event.target)) return
      event.preventDefault()
      const box = document.querySelector<HTMLInputElement>(`[${SEARCH_BOX_ATTRIBUTE}]`)
      if (box) {
        box.focus()
        box.select()
      } else {
        void navigate('/search', { state: { focusSearch: true } satisfies SearchPageState })
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate])
}
