import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { slug, season, episode } = useParams()
  return <PlaceholderPage title={`Episode ${season ?? ''}x${episode ?? ''}`} description={slug} />
}
