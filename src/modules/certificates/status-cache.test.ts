import { describe, expect, it } from 'vitest';
import type { ChannelHandlers } from '../../db/client';
import { createStatusCache, mapStore } from './status-cache';

function fakeChannel() {
  let handlers: ChannelHandlers | null = null;
  return {
    database: {
      listen: async (_channel: string, h: ChannelHandlers) => {
        handlers = h;
        return async () => {
          handlers = null;
        };
      },
    },
    ready: () => handlers?.onReady(),
    notify: (number: string) => handlers?.onMessage(number),
    gap: () => handlers?.onGap(),
  };
}

describe('the verification cache', () => {
  it('caches nothing until it listens, and forgets everything when the connection drops', async () => {
    const channel = fakeChannel();
    const cache = createStatusCache(mapStore<string>(), { maxEntries: 100 });
    await cache.attach(channel.database);
    cache.set('A', 'valid', cache.generation());
    expect(cache.get('A')).toBeUndefined();
    channel.ready();
    cache.set('A', 'valid', cache.generation());
    expect(cache.get('A')).toBe('valid');
    channel.gap();
    expect(cache.get('A')).toBeUndefined();
    cache.set('A', 'valid', cache.generation());
    expect(cache.size).toBe(0);
  });

  it('drops a number on its notification, and refuses an answer read before a change was announced', async () => {
    const channel = fakeChannel();
    const cache = createStatusCache(mapStore<string>(), { maxEntries: 100 });
    await cache.attach(channel.database);
    channel.ready();
    cache.set('A', 'valid', cache.generation());
    channel.notify('A');
    expect(cache.get('A')).toBeUndefined();
    const readSince = cache.generation();
    channel.notify('B'); // a revocation committed while the read was in flight
    cache.set('B', 'valid', readSince);
    expect(cache.get('B')).toBeUndefined();
  });

  it('keeps at most its capacity: beyond it answers come from the database each time', async () => {
    const channel = fakeChannel();
    const cache = createStatusCache(mapStore<number>(), { maxEntries: 2 });
    await cache.attach(channel.database);
    channel.ready();
    const kept = ['A', 'B', 'C'].map((n, i) => cache.set(n, i, cache.generation()));
    expect(kept).toEqual([true, true, false]);
    expect([cache.get('A'), cache.get('B'), cache.get('C')]).toEqual([0, 1, undefined]);
    expect(cache.set('A', 9, cache.generation())).toBe(true);
  });

  it('tells a fill when listening started again, so it stops', async () => {
    const channel = fakeChannel();
    const epochs: number[] = [];
    const cache = createStatusCache(mapStore<number>(), { maxEntries: 9, onLive: (e) => epochs.push(e) });
    await cache.attach(channel.database);
    channel.ready();
    expect(cache.isLive(epochs[0]!)).toBe(true);
    channel.gap();
    expect(cache.isLive(epochs[0]!)).toBe(false);
    channel.ready();
    expect(epochs).toHaveLength(2);
    expect(cache.isLive(epochs[0]!)).toBe(false);
    expect(cache.isLive(epochs[1]!)).toBe(true);
  });
});
