// Messages name channels as the reader knows them: the label when the file gives one.
import type { Channel } from '../model/organisation.js';

export function channelNames(channels: readonly Channel[]): string[] {
  return channels.map((c) => c.label ?? c.id);
}
