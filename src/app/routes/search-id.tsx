import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

/** `/search/imdb/tt0111161`: Trakt's id lookup. */
export function Component() {
  const { idType, id } = useParams()
  return <PlaceholderPage title="Look up by id" description={`${idType ?? ''} ${id ?? ''}`.trim()} />
}
