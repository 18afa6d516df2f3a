/**
 * Remembers the last call: the same arguments (compared with `Object.is`, one by
 * one) return the same result object without recomputing. Derived values are pure
 * functions of store values whose identity changes only when they change, so one
 * remembered call is enough and memory stays flat.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result;
  return (...args: Args) => {
    if (lastArgs !== undefined && lastArgs.length === args.length && lastArgs.every((value, index) => Object.is(value, args[index]))) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
