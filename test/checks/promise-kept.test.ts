import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string) => `version: 1
organisation: { name: Test }
channels:
${channels}`;

describe('promise-kept (callback-promise)', () => {
  test('kept exactly at the minimum passes; just below fails', async () => {
    const run = await runRule('callback-promise', org(`
  - { id: a, type: callback, promise: 2h, promise_kept: 90% }
  - { id: b, type: callback, promise: 2h, promise_kept: 89.9% }`));
    expect(run.outcomes.map((o) => [o.subject, o.status])).toEqual([['a', 'pass'], ['b', 'fail']]);
    expect(run.findings[0]).toMatchObject({ path: 'channels[1].promise_kept', data: { promise_seconds: 7200, promise_kept: 0.899 } });
    expect(run.findings[0].message).toBe('b keeps its promise to call back within 2 h only 89.9% of the time; the minimum is 90%.');
  });

  test('no promise fails even when a kept share is given (kept against what?)', async () => {
    const run = await runRule('callback-promise', org(`
  - { id: cb, type: callback, promise_kept: 99% }`));
    expect(run.outcomes).toEqual([expect.objectContaining({ status: 'fail', messageId: 'no-promise' })]);
  });

  test('a promise without a measurement is unknown, not failed', async () => {
    const run = await runRule('callback-promise', org(`
  - { id: cb, type: callback, promise: 1d }`));
    expect(run.outcomes).toEqual([expect.objectContaining({ status: 'unknown', missing: 'promise_kept', path: ['channels', 0, 'promise_kept'] })]);
    expect(run.result.status).toBe('not-assessed');
  });

  test('the minimum can be overridden', async () => {
    const run = await runRule('callback-promise', org(`
  - { id: cb, type: callback, promise: 2h, promise_kept: 80% }`), { options: { min_kept: '75%' } });
    expect(run.outcomes[0].status).toBe('pass');
  });

  test('presence-only callbacks and phones are not looked at', async () => {
    const run = await runRule('callback-promise', org(`
  - { id: phone, type: phone }
  - { id: cb, type: callback, inbound: false, redirect: "Bel ons" }`));
    expect(run.outcomes).toEqual([]);
  });
});
