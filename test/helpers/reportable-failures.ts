// A failed assertion on a DOM node (or on anything else structuredClone cannot copy) hung the
// run: the test runner sends the error's `actual` and `expected` from the browser with
// structuredClone, which throws, so the run ended after two minutes in "did not finish" with
// no message (modernweb-dev/web#2967). Loaded before the test framework (see
// web-test-runner.config.js), this swaps such a value for the text chai prints for it.
import type Chai from 'chai';
import * as testing from '@open-wc/testing/pure';

// The side-effect-free entry: the main one registers its fixture cleanup only when the
// framework's globals exist, and this module runs before them. It exports chai, which its
// types leave out.
const { chai } = testing as unknown as { chai: typeof Chai };

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

type AssertionError = Error & { actual?: unknown; expected?: unknown };

const prototype = chai.Assertion.prototype as { assert: (...args: unknown[]) => void };
const assert = prototype.assert;
prototype.assert = function (this: unknown, ...args: unknown[]) {
  try {
    assert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failure = error as AssertionError;
      if (!cloneable(failure.actual)) failure.actual = chai.util.inspect(failure.actual);
      if (!cloneable(failure.expected)) failure.expected = chai.util.inspect(failure.expected);
    }
    throw error;
  }
};
