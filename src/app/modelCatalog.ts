// The models this site ships under public/models/<id>/, as the Model tab offers them, and the
// visitor's choice among them, remembered in this browser. The first one is the default.

export interface ShippedModel {
  id: string
  /** Key of its name and description under `catalog.` in the messages. */
  key: string
}

export const SHIPPED_MODELS: readonly ShippedModel[] = [
  { id: 'shiti-news-v1', key: 'news' },
  { id: 'shiti-cluener-v1', key: 'fine' },
]

const STORAGE_KEY = 'shiti.model'

/** The folder of a shipped model, relative to the site's base URL (which ends with "/"). */
export function shippedModelPath(baseUrl: string, id: string): string {
  return `${baseUrl}models/${id}/`
}

/** The shipped model the visitor chose last time, or the default when none (or an unknown one) is stored. */
export function rememberedModel(storage: Pick<Storage, 'getItem'> | undefined): ShippedModel {
  let stored: string | null = null
  try {
    stored = storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    // storage disabled (private mode, sandboxed iframe): the default
  }
  return SHIPPED_MODELS.find((m) => m.id === stored) ?? SHIPPED_MODELS[0]!
}

export function rememberModel(storage: Pick<Storage, 'setItem'> | undefined, id: string): void {
  try {
    storage?.setItem(STORAGE_KEY, id)
  } catch {
    // not remembering is fine: the next visit starts with the default
  }
}

/** Which shipped model an absolute folder URL is, if any (a `?model=` folder may be none of them). */
export function shippedModelAt(folderUrl: string, baseUrl: string, pageUrl: string): ShippedModel | undefined {
  return SHIPPED_MODELS.find((m) => new URL(shippedModelPath(baseUrl, m.id), pageUrl).href === folderUrl)
}

/** This page's localStorage, or undefined where reading it throws (sandboxed iframe, storage disabled). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
