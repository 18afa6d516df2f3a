/** When this build started: evaluated once per build, so every page carries the same search index tag. */
export const BUILD_STARTED_AT = Date.now();
