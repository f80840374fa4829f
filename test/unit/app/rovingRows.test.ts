import { describe, expect, it } from 'vitest'
import { rowAfter } from '../../../src/app/rovingRows'

describe('rowAfter (the Batch list as one Tab stop, the arrow keys moving among its rows)', () => {
  // Rows 0, 2, 3, 5, 6, 7, 9 can be opened; 1, 4, 8 failed or wait.
  const open = new Set([0, 2, 3, 5, 6, 7, 9])
  const stop = (i: number) => open.has(i)
  const after = (at: number, key: string, page = 3) => rowAfter(at, key, 10, page, stop)

  it('moves one row down or up, over rows that cannot be opened, and stays at either end', () => {
    expect(after(0, 'ArrowDown')).toBe(2)
    expect(after(3, 'ArrowDown')).toBe(5)
    expect(after(9, 'ArrowDown')).toBe(9)
    expect(after(2, 'ArrowUp')).toBe(0)
    expect(after(0, 'ArrowUp')).toBe(0)
  })

  it('goes to the first and last row that can be opened with Home and End', () => {
    expect(after(6, 'Home')).toBe(0)
    expect(after(2, 'End')).toBe(9)
    expect(rowAfter(3, 'Home', 10, 3, (i) => i >= 3)).toBe(3)
    expect(rowAfter(3, 'End', 10, 3, (i) => i === 3)).toBe(3)
  })

  it('moves a page of openable rows with Page Down and Page Up, stopping at the ends', () => {
    expect(after(0, 'PageDown')).toBe(5)
    expect(after(5, 'PageDown')).toBe(9)
    expect(after(9, 'PageUp')).toBe(5)
    expect(after(3, 'PageUp')).toBe(0)
    expect(after(0, 'PageDown', 0)).toBe(2)
  })

  it('leaves other keys to the browser (Enter and Space open the row, Tab leaves the list)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowLeft', 'a']) expect(after(2, key)).toBeNull()
  })

  it('goes over 20,000 rows without trouble', () => {
    expect(rowAfter(0, 'End', 20_000, 10, () => true)).toBe(19_999)
    expect(rowAfter(19_999, 'PageUp', 20_000, 10, () => true)).toBe(19_989)
  })
})
