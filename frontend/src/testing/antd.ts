import { waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/**
 * Opens an antd select (its combobox input, found by label) and picks the option with this
 * text. The dropdown is found through the input's aria-controls, so dropdowns of other selects
 * still closing do not get in the way.
 */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, option: string): Promise<void> {
  await user.click(combobox)
  const dropdown = await waitFor(() => {
    const listId = combobox.getAttribute('aria-controls')
    const found = listId ? document.getElementById(listId)?.closest<HTMLElement>('.ant-select-dropdown') : null
    if (!found) throw new Error(`no dropdown for ${combobox.outerHTML}`)
    return found
  })
  await user.click(within(dropdown).getByTitle(option))
}
