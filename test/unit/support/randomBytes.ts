// Bytes that stand for binary data (a picture or program under a text file's name) in the tests.

/** `n` bytes that look random (xorshift), the same every run. */
export function randomBytes(n: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes
}
