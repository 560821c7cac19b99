import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { user } = useParams()
  return <PlaceholderPage title={user ?? 'Profile'} description="Profile, history, ratings and lists." />
}
