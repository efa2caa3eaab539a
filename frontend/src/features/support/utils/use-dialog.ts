import { useState } from 'react'

/** The state a dialog of the support pages takes from its owner. */
export interface FormModalState {
  open: boolean
  onClose: () => void
  /** Called once the closing animation has ended (the owner unmounts the modal then). */
  afterClose: () => void
}

/**
 * Which dialog of a page is showing: `open(dialog)` mounts and shows it, closing hides it, and it is
 * unmounted once its closing animation ends (so its form starts afresh next time).
 */
export function useDialog<Dialog>() {
  const [dialog, setDialog] = useState<Dialog>()
  const [visible, setVisible] = useState(false)
  const state: FormModalState = {
    open: visible,
    onClose: () => setVisible(false),
    afterClose: () => setDialog(undefined),
  }
  const open = (next: Dialog) => {
    setDialog(next)
    setVisible(true)
  }
  return { dialog, open, state }
}
