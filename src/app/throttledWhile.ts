// A value that follows its source at most once per `ms` while `busy()` holds, and at once otherwise: the Batch tab's
// totals (files done, names, types, the names and numbers its copies keep) went over every file at each file's tick,
// a cost that grew with the batch (re-check QA: 5,000 rows, 319 then 163 rows per 30 s). A change after a quiet spell
// is taken at once, and the last one always comes: a change during the wait is taken when it ends.
import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'

export function throttledWhile<T>(source: () => T, busy: () => boolean, ms: number): Readonly<Ref<T>> {
  const taken = shallowRef(source())
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending = false
  const take = () => {
    timer = null
    if (!pending) return
    pending = false
    taken.value = source()
    timer = setTimeout(take, ms)
  }
  watch(source, () => {
    if (timer !== null) {
      pending = true
      return
    }
    taken.value = source()
    timer = setTimeout(take, ms)
  })
  onScopeDispose(() => {
    if (timer !== null) clearTimeout(timer)
  })
  return computed(() => (busy() ? taken.value : source()))
}
