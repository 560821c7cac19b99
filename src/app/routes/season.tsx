import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { slug, season } = useParams()
  return <PlaceholderPage title={`Season ${season ?? ''}`} description={slug} />
}
