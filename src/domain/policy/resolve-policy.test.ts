import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { resolvePolicy } from './resolve-policy';
import type { PolicyLayer } from './rule-base';

const cite = (document: string) => ({ document, clause: '1' });
const LAYERS = new Map<string, PolicyLayer>([
  [
    'base',
    {
      id: 'base',
      name: '基础',
      extends: null,
      status: 'in-force',
      parameters: [
        { key: 'x', value: 1, citation: cite('base') },
        { key: 'old', value: 1, citation: cite('base'), effectiveUntil: '2020-01-01' },
      ],
      general: [
        { id: 'not-retired', citation: cite('base'), condition: { kind: 'not-retired' } },
        { id: 'has-employer', citation: cite('base'), condition: { kind: 'has-employer' } },
      ],
    },
  ],
  [
    'city',
    {
      id: 'city',
      name: '城市',
      extends: 'base',
      status: 'draft',
      effectiveFrom: '2025-01-01',
      effectiveUntil: '2026-01-01',
      repeals: ['has-employer'],
      parameters: [{ key: 'x', value: 2, citation: cite('city') }],
    },
  ],
]);

describe('resolvePolicy', () => {
  it('lets a lower layer override by key, repeal by id, and keeps dated items to their dates', () => {
    const resolved = resolvePolicy(LAYERS, 'city', '2025-06-01');
    expect(resolved.layers).toEqual(['base', 'city']);
    expect(resolved.parameters.get('x')?.value).toBe(2);
    expect(resolved.origin.get('parameter:x')).toBe('city');
    expect(resolved.parameters.has('old')).toBe(false);
    expect(resolved.general.map((r) => r.id)).toEqual(['not-retired']);
    expect(resolved.status).toBe('draft');
    expect(resolved.withinPeriod).toBe(true);
    expect(resolvePolicy(LAYERS, 'base', '2019-06-01').parameters.get('old')?.value).toBe(1);
    expect(resolvePolicy(LAYERS, 'city', '2027-01-01').withinPeriod).toBe(false);
  });

  it('refuses an unknown policy set naming the field', () => {
    try {
      resolvePolicy(LAYERS, 'nowhere', '2025-01-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details[0]?.path).toBe('policy');
    }
  });
});
