import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import type { TitleItem } from '../api/sync-item'
import { syncErrors, useAddToList, useRemoveFromList } from '../api/sync-mutations'
import type { ListMembership } from '../hooks/use-title-state'
import { InlineError } from './inline-error'

type ListsDialogProps = {
  item: TitleItem
  lists: ListMembership[] | undefined
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** One checkbox per list of mine: checking adds the title at once, unchecking removes it. */
export function ListsDialog({ item, lists, open, onOpenChange }: ListsDialogProps) {
  const add = useAddToList()
  const remove = useRemoveFromList()

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Your lists"
      description={item.title}
      footer={
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          Done
        </Button>
      }
    >
      {!lists ? (
        <p role="status">Loading your lists…</p>
      ) : lists.length === 0 ? (
        <p className="text-muted">You have no lists yet.</p>
      ) : (
        <fieldset className="space-y-2">
          <legend className="sr-only">Lists containing {item.title}</legend>
          {lists.map(({ list, contains }) => (
            <label key={list.ids.trakt} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={contains ?? false}
                disabled={contains === undefined}
                onChange={(event) => {
                  const vars = { item, listId: list.ids.trakt }
                  if (event.target.checked) add.mutate(vars)
                  else remove.mutate(vars)
                }}
              />
              {list.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="mt-3 space-y-1">
        <InlineError error={add.error} prefix={syncErrors.addToList} />
        <InlineError error={remove.error} prefix={syncErrors.removeFromList} />
      </div>
    </Dialog>
  )
}
