import { redirect } from 'react-router'

/** `/` has no page of its own: Discover is the front door. */
export function loader() {
  return redirect('/discover')
}

export function Component() {
  return null
}
