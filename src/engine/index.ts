// Public surface of the Shiti NER engine (filled in by the engine work).
export {}
