// The shipped models as this browser holds them: stored or not, their size, and storing one for offline
// use (without switching to it) or removing one. Lives in App, not in the Model tab, so a download keeps
// going and keeps its progress while the visitor looks at another tab.
import { computed, onScopeDispose, reactive, watch, type Ref } from 'vue'
import { useDocumentVisibility, useOnline, useWindowFocus } from '@vueuse/core'
import {
  clearCachedModels, modelStorageStatus, NerError, storeModel, type LoadProgress, type ModelStorageStatus,
} from '../engine'
import { SHIPPED_MODELS } from '../app/modelCatalog'

export interface StoredModelState {
  /** null until the first check has answered. */
  stored: boolean | null
  /** Runtime bytes, stored or to download; the last known figure is kept when a later check is offline. */
  bytes: number | null
  task: 'store' | 'remove' | null
  /** 0..1 while storing. */
  progress: number | null
  /** The last store or remove failure (cleared by the next attempt). */
  error: unknown
}

/** The part of useNerEngine this needs (tests pass a stand-in). */
export interface EngineForStorage {
  modelUrl: Ref<string>
  phase: Ref<string>
  model: Ref<{ id: string; cached: boolean } | null>
  /** The last load that ended, explicit or a worker's silent restart (see useNerEngine). */
  lastLoad: Ref<{ stored: boolean; downloaded: boolean } | null>
  clearCache(): Promise<void>
  refreshStorage(): Promise<void>
  /** The model in use found stored, or not, here (by another tab's doing): its facts follow. */
  noteStored(stored: boolean): void
}

export interface StorageBackend {
  status: (options: { modelUrl: string }) => Promise<ModelStorageStatus>
  store: (options: { modelUrl: string; onProgress?: (p: LoadProgress) => void; fetch?: typeof fetch }) => Promise<ModelStorageStatus>
  remove: (id: string) => Promise<void>
}

const BROWSER_BACKEND: StorageBackend = { status: modelStorageStatus, store: storeModel, remove: clearCachedModels }

/** The channel on which the site's tabs say they stored or removed a model (see `announce`). */
export const STORED_MODELS_CHANNEL = 'shiti-stored-models'

export function useStoredModels(engine: EngineForStorage, urlOf: (id: string) => string, backend: StorageBackend = BROWSER_BACKEND) {
  const states = reactive<Record<string, StoredModelState>>(
    Object.fromEntries(SHIPPED_MODELS.map((m) => [m.id, { stored: null, bytes: null, task: null, progress: null, error: null }])),
  )
  const aborts = new Map<string, AbortController>()
  /** The latest check asked of each model: an earlier one answering after it is stale (one asked while a load was
   *  still storing the model, waiting on the site for the download size, said "not stored" after the one that
   *  followed the load had said "stored"). */
  const latestCheck = new Map<string, number>()
  let checks = 0

  async function check(id: string): Promise<void> {
    const asked = ++checks
    latestCheck.set(id, asked)
    const status = await backend.status({ modelUrl: urlOf(id) })
    const state = states[id]!
    if (state.task || latestCheck.get(id) !== asked) return // a store or remove in flight reports for itself
    state.stored = status.stored
    state.bytes = status.bytes ?? state.bytes
    // The model in use: its facts (stored here, loaded from storage, the Clear button) say what the list says. They
    // followed only this tab's own Clear: after another tab cleared the model, this one's list said "not stored" and
    // its facts "stored", with a Clear button (tabs QA).
    if (urlOf(id) === engine.modelUrl.value && engine.phase.value === 'ready') engine.noteStored(status.stored)
  }

  /** Set by the first refresh (the Model tab asks when it opens): until then no manifest is fetched, so a
   *  visit that never looks at the Model tab makes no request beyond its own model. */
  let watching = false

  async function refresh(): Promise<void> {
    watching = true
    await Promise.all([...SHIPPED_MODELS.map((m) => check(m.id).catch(() => undefined)), engine.refreshStorage()])
  }

  // The site's tabs share IndexedDB: one that stores or removes a model tells the others, whose Model tab looks
  // again. Coming back to the front did that already, but a tab side by side with the one that changed things
  // never leaves the front: it went on saying "not stored, 11 MB to download" of a model stored beside it (QA).
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(STORED_MODELS_CHANNEL)
  channel?.addEventListener('message', () => { if (watching) void refresh() })
  onScopeDispose(() => channel?.close())
  const announce = () => channel?.postMessage('changed')

  /** Downloads and stores a shipped model for offline use; the model in use is not touched. */
  async function store(id: string): Promise<void> {
    const state = states[id]!
    if (state.task) return
    const abort = new AbortController()
    aborts.set(id, abort)
    Object.assign(state, { task: 'store', progress: 0, error: null })
    try {
      const done = await backend.store({
        modelUrl: urlOf(id),
        fetch: (input, init) => globalThis.fetch(input, { ...init, signal: abort.signal }),
        onProgress: (p) => {
          if (p.overallTotal) state.progress = (p.overallLoaded ?? 0) / p.overallTotal
        },
      })
      Object.assign(state, { stored: true, bytes: done.bytes })
    } catch (error) {
      state.error = abort.signal.aborted ? new NerError('ABORTED', 'Storing the model was cancelled') : error
    } finally {
      aborts.delete(id)
      Object.assign(state, { task: null, progress: null })
      announce()
      await engine.refreshStorage()
    }
  }

  function cancel(id: string): void {
    aborts.get(id)?.abort()
  }

  /** Removes a stored shipped model other than the one in use (the Model tab offers Remove only for those;
   *  the model in use goes through clearInUse). */
  async function remove(id: string): Promise<void> {
    const state = states[id]!
    if (state.task) return
    Object.assign(state, { task: 'remove', error: null })
    try {
      await backend.remove(id)
      state.stored = false
    } catch (error) {
      state.error = error
    } finally {
      state.task = null
      announce()
      await engine.refreshStorage()
    }
  }

  /**
   * Clears the model in use from this browser (the Model tab's Clear), a stored copy too damaged to load
   * included: through the engine, so its facts follow; then the other tabs are told, as for `remove`. (The Model
   * tab once cleared it through the engine alone: a tab beside it went on saying the model was stored here.)
   */
  async function clearInUse(): Promise<void> {
    const inUse = SHIPPED_MODELS.find((m) => urlOf(m.id) === engine.modelUrl.value)
    try {
      await engine.clearCache()
      if (inUse) states[inUse.id]!.stored = false
    } finally {
      announce()
      // Not awaited: the clear is done, and the Model tab says so at once (the check of a model not stored asks
      // the site for its size).
      void refresh()
    }
  }

  // A model that has loaded was stored by that load (or not, when storage is full); a switch starts another.
  watch(() => engine.phase.value, () => { if (watching) void refresh() })
  // A load that stored its model changed what the other tabs would show too: a first visit, and a load that stored it
  // again after another tab removed it, a worker's silent restart after an idle release included (tabs QA: the tab
  // that had cleared it went on saying "not stored"). Any load tells this tab what is stored (its phase may not
  // change: a restart loads while the page stays ready).
  watch(() => engine.lastLoad.value, (load) => {
    if (load?.stored && load.downloaded) announce()
    if (watching) void refresh()
  })
  // Coming back online can tell the download sizes.
  const online = useOnline()
  watch(online, (now) => { if (now && watching) void refresh() })
  // Another tab of the site may have stored or removed a model meanwhile (they share IndexedDB): look
  // again when this one comes back to the front, so its Model tab does not offer what is no longer so.
  const visibility = useDocumentVisibility()
  const focused = useWindowFocus()
  watch([visibility, focused], ([seen, focus]) => { if (watching && seen === 'visible' && focus) void refresh() })

  /** The shipped model in use, when it is known not to be stored here; and whether another one is. */
  const unstoredInUse = computed(() => {
    const current = SHIPPED_MODELS.find((m) => urlOf(m.id) === engine.modelUrl.value)
    if (!current || states[current.id]!.stored !== false) return null
    return { anotherStored: SHIPPED_MODELS.some((m) => m.id !== current.id && states[m.id]!.stored) }
  })

  return { states, unstoredInUse, refresh, store, cancel, remove, clearInUse }
}

export type StoredModels = ReturnType<typeof useStoredModels>
