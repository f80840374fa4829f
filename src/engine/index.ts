// Public surface of the Shiti NER engine (see src/engine/README.md).
export { chooseThreads, createNerClient } from './client'
export type { NerClient, NerClientOptions, LoadResult, WorkerLike } from './client'
export { listCachedModels, clearCachedModels } from './cache'
export { checkModelUpdate, clearStoredModel, modelStorageStatus, storeModel } from './loader'
export type { ModelStorageStatus, ModelUpdate } from './loader'
export { NerError, MAX_TEXT_LENGTH, errorCode, isMissingModelFile } from './types'
export type {
  Entity, LoadProgress, BackendInfo, ModelSummary, AnalyzeProgress, AnalyzeManyProgress, WorkerState, NerErrorCode,
} from './types'
export type { MemoryReport } from './worker-api'
// Text layout the UI's analysis blocks share with the engine's windows, so both cut a document alike (src/app/blocks.ts).
export { isWhitespaceCodePoint } from './normalize'
export { mayEndInWrap } from './windows'
// The common surnames step 8 joins letter-spaced names with; Redact spreads given names by the same list.
export { COMMON_SURNAMES, COMPOUND_SURNAMES } from './decode'
// The closers a sentence keeps after its end mark: the CoNLL export cuts sentences as the windows do.
export { CLOSING_MARKS, STRAIGHT_QUOTES } from './closers'
