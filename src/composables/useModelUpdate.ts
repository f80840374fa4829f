// A newer version of the model in use, as the site serves it now. A model that loaded from this browser's
// storage never asks the network on its own (analysis makes no request); so once it is running, and only
// when online, this asks for its manifest.json once, and offers the update. Applying it downloads only the
// files that changed, stores them, and restarts the worker on the new version; the text is read again.
import { ref, shallowRef, watch, type Ref } from 'vue'
import { useOnline } from '@vueuse/core'
import { checkModelUpdate, storeModel, type LoadProgress, type ModelStorageStatus, type ModelUpdate } from '../engine'

/** The part of useNerEngine this needs (tests pass a stand-in). */
export interface EngineForUpdate {
  modelUrl: Ref<string>
  modelGeneration: Ref<number>
  phase: Ref<string>
  manifestFromCache: Ref<boolean>
  reloadModel(): Promise<void>
}

export interface UpdateBackend {
  check: (options: { modelUrl: string }) => Promise<ModelUpdate | null>
  store: (options: { modelUrl: string; checkForUpdates: boolean; onProgress?: (p: LoadProgress) => void }) => Promise<ModelStorageStatus>
}

const BROWSER_BACKEND: UpdateBackend = { check: checkModelUpdate, store: storeModel }

export function useModelUpdate(engine: EngineForUpdate, backend: UpdateBackend = BROWSER_BACKEND) {
  const available = shallowRef<ModelUpdate | null>(null)
  const applying = ref(false)
  /** 0..1 while the new files download. */
  const progress = ref<number | null>(null)
  const error = shallowRef<unknown>(null)
  const online = useOnline()
  /** One check per worker generation: a reload or a model switch may bring another manifest. */
  let checkedGeneration = -1

  async function check(): Promise<void> {
    const generation = engine.modelGeneration.value
    // A model whose manifest the site gave just now is its current one (a stored file or two may have been read, or
    // downloaded again, all the same); offline, there is nobody to ask.
    if (!online.value || engine.phase.value !== 'ready' || !engine.manifestFromCache.value || generation === checkedGeneration) return
    checkedGeneration = generation
    const found = await backend.check({ modelUrl: engine.modelUrl.value }).catch(() => null)
    if (engine.modelGeneration.value === generation) available.value = found
  }

  async function apply(): Promise<void> {
    if (!available.value || applying.value) return
    applying.value = true
    progress.value = 0
    error.value = null
    try {
      await backend.store({
        modelUrl: engine.modelUrl.value,
        checkForUpdates: true,
        onProgress: (p) => {
          if (p.overallTotal) progress.value = (p.overallLoaded ?? 0) / p.overallTotal
        },
      })
      available.value = null
      await engine.reloadModel()
    } catch (failure) {
      error.value = failure
    } finally {
      applying.value = false
      progress.value = null
    }
  }

  watch(engine.modelGeneration, () => {
    available.value = null
    error.value = null
  })
  watch(() => engine.phase.value, () => void check())
  watch(online, () => void check())

  return { available, applying, progress, error, apply }
}

export type ModelUpdates = ReturnType<typeof useModelUpdate>
