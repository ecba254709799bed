import { describe, expect, it } from 'vitest';
import type { ChannelHandlers } from '../../db/client';
import { createStatusCache } from './status-cache';

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
    const cache = createStatusCache<string>();
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
    const cache = createStatusCache<string>();
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

  it('keeps at most its capacity, oldest out first', async () => {
    const channel = fakeChannel();
    const cache = createStatusCache<number>(2);
    await cache.attach(channel.database);
    channel.ready();
    for (const [i, n] of ['A', 'B', 'C'].entries()) cache.set(n, i, cache.generation());
    expect([cache.get('A'), cache.get('B'), cache.get('C')]).toEqual([undefined, 1, 2]);
  });
});
