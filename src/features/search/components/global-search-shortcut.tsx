import { useSlashToFocusSearch } from '../lib/use-slash-to-focus-search'

/** Mount once inside the router (e.g. in the app shell) to make `/` focus search. Renders nothing. */
export function GlobalSearchShortcut() {
  useSlashToFocusSearch()
  return null
}
