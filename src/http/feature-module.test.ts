import { describe, expect, it } from 'vitest';
import { featureModule, wireModules } from './feature-module';

const counter = featureModule({
  name: 'counter',
  wire: ({ start }: { start: number }) => ({ count: start + 1 }),
});
const doubler = featureModule({
  name: 'doubler',
  wire: ({ count }: { count: number }) => ({ doubled: count * 2 }),
});

describe('wiring modules in list order', () => {
  it('gives each module what the base and the modules before it provide', () => {
    expect(wireModules({ start: 1 }, [counter, doubler] as const)).toEqual({
      start: 1,
      count: 2,
      doubled: 4,
    });
  });

  it('stops when a module needs what only a later module provides, naming both', () => {
    expect(() => wireModules({ start: 1 }, [doubler, counter] as const)).toThrow(
      'module doubler needs "count", which no module before it in the list provides',
    );
  });

  it('stops when two modules provide the same name', () => {
    expect(() => wireModules({ start: 1 }, [counter, counter] as const)).toThrow(
      'module counter provides "count", which is already provided',
    );
  });
});
