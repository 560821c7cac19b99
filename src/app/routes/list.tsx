import { ListPage } from '@/features/lists/components/list-page'

export function Component() {
  return <ListPage />
}
