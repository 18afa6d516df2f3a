/**
 * The speaker window's stopwatch as plain data: the script stores it and asks for the
 * elapsed time on each tick, so pausing and resuming never drift with timer jitter.
 */
export interface TimerState {
  /** Milliseconds counted before the current run. */
  readonly accumulatedMs: number;
  /** `performance.now()`-style time the current run started, or `undefined` while paused. */
  readonly runningSince?: number;
}

export const STOPPED_TIMER: TimerState = { accumulatedMs: 0 };

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.runningSince === undefined ? { accumulatedMs: timer.accumulatedMs, runningSince: now } : timer;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.runningSince === undefined ? timer : { accumulatedMs: elapsedMs(timer, now) };
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (timer.runningSince === undefined ? 0 : Math.max(0, now - timer.runningSince));
}

/** `m:ss` below an hour, `h:mm:ss` from then on. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** Whether the talk has run past the module's planned duration. */
export function isOverTime(ms: number, plannedMinutes: number): boolean {
  return ms > plannedMinutes * 60_000;
}
