import { describe, expect, test } from 'vitest';
import { contactTypeOnFamily } from '../../src/checks/contact-type-on-family.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const options = { complexity: 'complex', families: ['voice'] };
const channels: OrganisationDraft['channels'] = [
  { id: 'phone', type: 'phone' },
  { id: 'chat', type: 'webchat' },
  { id: 'video', type: 'video', inbound: false },
  { id: 'cb', type: 'callback' },
];
const run = (contact_types: OrganisationDraft['contact_types']) => contactTypeOnFamily.evaluate(buildContext({ channels, contact_types }), options, undefined);

describe('contact-type-on-family', () => {
  test('complex types pass with an inbound voice channel, fail without; simple ones are skipped', () => {
    const out = run([
      { id: 'bill', complexity: 'complex', channels: ['chat', 'cb'] },
      { id: 'dispute', complexity: 'complex', channels: ['chat', 'video'] },
      { id: 'status', complexity: 'simple', channels: ['chat'] },
    ]);
    expect(out.map((o) => [o.subject, o.status])).toEqual([['bill', 'pass'], ['dispute', 'fail']]);
    expect(out[1]).toMatchObject({ path: ['contact_types', 1, 'channels'], values: { channels: { list: ['chat', 'video'] } } });
  });
  test('complexity absent is unknown; no channels at all fails with its own message', () => {
    const out = run([{ id: 'move', channels: ['phone'] }, { id: 'empty', complexity: 'complex', channels: [] }]);
    expect(out[0]).toMatchObject({ status: 'unknown', missing: 'complexity', path: ['contact_types', 0, 'complexity'] });
    expect(out[1]).toMatchObject({ status: 'fail', messageId: 'no-channels' });
  });
  test('no contact types: not applicable', () => {
    expect(run([])).toEqual([]);
  });
});
