/**
 * Where a rule comes from: a policy-set id from seeds/README.md or 'national', and the
 * clause in the document's own numbering (CONTRACTS §1).
 */
export interface Citation {
  document: string;
  clause: string;
}

/** Shorthand used throughout the rule base. */
export function cite(document: string, clause: string): Citation {
  return { document, clause };
}
