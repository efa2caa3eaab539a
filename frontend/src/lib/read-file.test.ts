import { describe, expect, it } from 'vitest'
import { readBase64 } from './read-file'

describe('readBase64', () => {
  it('encodes the bytes of a file', async () => {
    expect(await readBase64(new Blob(['%PDF-1.7']))).toBe(btoa('%PDF-1.7'))
    expect(await readBase64(new Blob([new Uint8Array([0, 255, 128])]))).toBe('AP+A')
  })
})
