// Stub: to be written (see the helper brief).
export {};
