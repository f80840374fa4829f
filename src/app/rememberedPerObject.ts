// A function of an object remembered per object, for as long as what else it reads stays the same. The Batch
// tab's rows are replaced one at a time (a progress tick replaces one file's row); rebuilding what every row
// shows at each tick (the dictionary laid over each file's entities, the entities filtered and counted) was
// the top of a 50-file batch's profile.

/**
 * `make(key)`, remembered per `key` while each of `dependencies()` is the same (===) as when it was made; a
 * change drops everything remembered. Called inside a Vue computed, `dependencies()` is read on every call, so
 * the computed keeps depending on them even when the result comes from memory.
 */
export function rememberedPerObject<K extends object, V>(dependencies: () => readonly unknown[], make: (key: K) => V): (key: K) => V {
  let madeWith: readonly unknown[] = []
  let values = new WeakMap<K, V>()
  return (key) => {
    const now = dependencies()
    if (now.length !== madeWith.length || now.some((value, i) => value !== madeWith[i])) {
      madeWith = now
      values = new WeakMap()
    }
    if (values.has(key)) return values.get(key)!
    const value = make(key)
    values.set(key, value)
    return value
  }
}
