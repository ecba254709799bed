import { describe, expect, it } from 'vitest';
import type { PublicCertificate } from './certificate-view';
import { createCompactAnswerStore } from './compact-answer-store';

const valid: PublicCertificate = {
  number: '210000202600100000012',
  status: 'valid',
  holder: '张*明',
  title: '高级工程师',
  series: '工程技术',
  level: '副高级',
  specialty: '通信"工程"\\测试',
  committee: '辽宁省通信工程专业高级职称评审委员会',
  announcement: '辽人社〔2026〕201号',
  issuedOn: '2026-11-23',
};

describe('the compact answer store', () => {
  it('gives back exactly the JSON of the view, with revokedOn only when there is one', () => {
    const store = createCompactAnswerStore();
    const revoked: PublicCertificate = {
      ...valid,
      number: '210000202600100000020',
      status: 'revoked',
      revokedOn: '2026-12-01',
    };
    store.set(valid.number, valid);
    store.set(revoked.number, revoked);
    expect(store.get(valid.number)).toBe(JSON.stringify(valid));
    expect(store.get(revoked.number)).toBe(JSON.stringify(revoked));
    expect(JSON.parse(store.get(revoked.number)!)).toEqual(revoked);
    expect(store.get('210000202600100000039')).toBeUndefined();
  });

  it('replaces, forgets and reuses rows, and grows past its first block', () => {
    const store = createCompactAnswerStore();
    for (let i = 0; i < 5000; i++) store.set(`N${i}`, { ...valid, number: `N${i}`, holder: `李*${i % 97}` });
    expect(store.size).toBe(5000);
    expect(JSON.parse(store.get('N4321')!)).toMatchObject({ number: 'N4321', holder: '李*53' });
    store.set('N7', { ...valid, number: 'N7', status: 'revoked', revokedOn: '2026-12-02' });
    expect(JSON.parse(store.get('N7')!)).toMatchObject({ status: 'revoked', revokedOn: '2026-12-02' });
    store.delete('N8');
    expect(store.get('N8')).toBeUndefined();
    store.set('X', { ...valid, number: 'X' });
    expect(store.size).toBe(5000);
    expect(store.get('N9')).toBe(JSON.stringify({ ...valid, number: 'N9', holder: '李*9' }));
    store.clear();
    expect(store.size).toBe(0);
    expect(store.get('N9')).toBeUndefined();
  });
});
