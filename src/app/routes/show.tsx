import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { slug } = useParams()
  return <PlaceholderPage title="Show" description={slug} />
}
