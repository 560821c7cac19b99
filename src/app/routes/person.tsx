import { PersonPage } from '@/features/people/components/person-page'

export function Component() {
  return <PersonPage />
}
