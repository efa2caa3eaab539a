import { onTestFinished, vi } from 'vitest'

/**
 * Catches the files the page saves (saveFile: an object URL and a click on a link) for the current test; the
 * returned spy's calls are the clicks, their contexts the links with the file's name in `download`.
 */
export function catchSavedFiles() {
  const { createObjectURL, revokeObjectURL } = URL
  URL.createObjectURL = vi.fn(() => 'blob:saved')
  URL.revokeObjectURL = vi.fn()
  onTestFinished(() => {
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = revokeObjectURL
  })
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
}
