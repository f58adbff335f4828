/**
 * Remembers the last call: calling again with the same arguments (compared with
 * `Object.is`) returns the same result without computing it again. For values
 * derived in `willUpdate`, where most updates change none of their inputs.
 */
export function memoizeLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((arg, index) => Object.is(arg, args[index]))) return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
