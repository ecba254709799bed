import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { present, presentAll, type RecordPolicy, requireAbility } from './record-policy';

interface Note {
  id: string;
  region: string;
  open: boolean;
}

/** A small policy of the usual shape: the bureau of a region closes open notes; others in it read. */
const notes: RecordPolicy<Note, 'close', string> = {
  scopeOf: (actor) => actor.jurisdictionCode,
  abilitiesOf(actor, note) {
    if (!note.region.startsWith(actor.jurisdictionCode)) return null;
    return actor.roles.includes('hr') && note.open ? ['close'] : [];
  },
};

const actor = (roles: Actor['roles'], jurisdictionCode: string): Actor => ({
  userId: 'u',
  roles,
  permissions: [],
  organisationId: null,
  jurisdictionCode,
});

describe('record policy', () => {
  const hr = actor(['hr'], '2103');
  const open: Note = { id: 'a', region: '210302', open: true };
  const closed: Note = { id: 'b', region: '210303', open: false };
  const elsewhere: Note = { id: 'c', region: '220100', open: true };

  it('presents a record with the abilities its policy grants, and hides one it does not let the actor see', () => {
    expect(present(notes, hr, open, (n) => ({ id: n.id }))).toEqual({ id: 'a', actions: ['close'] });
    expect(present(notes, hr, closed, (n) => ({ id: n.id }))).toEqual({ id: 'b', actions: [] });
    expect(present(notes, hr, elsewhere, (n) => ({ id: n.id }))).toBeNull();
    expect(present(notes, actor(['supervisor'], '2103'), open, (n) => ({ id: n.id }))).toEqual({
      id: 'a',
      actions: [],
    });
  });

  it('leaves out of a page every record the policy refuses', () => {
    const page = presentAll(notes, hr, [open, elsewhere, closed], (n) => ({ id: n.id }));
    expect(page.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('tells "not found" for a hidden record and "refused" for an ability not granted', () => {
    const errors = { hidden: () => new Error('hidden'), refused: () => new Error('refused') };
    expect(() => requireAbility(notes.abilitiesOf(hr, elsewhere), 'close', errors)).toThrow('hidden');
    expect(() => requireAbility(notes.abilitiesOf(hr, closed), 'close', errors)).toThrow('refused');
    expect(() => requireAbility(notes.abilitiesOf(hr, open), 'close', errors)).not.toThrow();
  });
});
