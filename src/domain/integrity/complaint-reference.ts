/**
 * The reference a complainant is given on submission (受理编号), e.g. TS20260302-1A2B3C4D: the
 * day it was received (Beijing time) and the first eight characters of the record's id. It is
 * derived, not stored, so it can never disagree with the record; staff search by it.
 */
export function complaintReference(id: string, receivedOn: string): string {
  return `TS${receivedOn.replaceAll('-', '')}-${id.slice(0, 8).toUpperCase()}`;
}

/** The id prefix (lower-case hex) a reference names, or null when the text is not a reference. */
export function idPrefixOfReference(text: string): string | null {
  const match = /^TS\d{8}-?([0-9A-F]{8})$/i.exec(text.trim());
  return match ? match[1]!.toLowerCase() : null;
}
