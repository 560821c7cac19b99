import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { id } = useParams()
  return <PlaceholderPage title="Comment" description={`Comment ${id ?? ''} and its replies.`} />
}
