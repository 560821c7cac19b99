import { useParams } from 'react-router'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { user, list } = useParams()
  return <PlaceholderPage title={list ?? 'List'} description={`A list by ${user ?? 'a Trakt user'}.`} />
}
