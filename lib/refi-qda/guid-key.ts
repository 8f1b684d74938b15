const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

const KEY_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The form a GUID is compared in: lower case, without braces. Tools differ in case (NVivo writes lower case,
 * ATLAS.ti and MAXQDA upper case), and the schema allows braces, so "{A1…}" and "a1…" are the same reference.
 */
export function guidKey(guid: string): string {
  // Most GUIDs are already in this form; recognising them is far cheaper than rewriting 100,000 of them.
  return KEY_FORM.test(guid) ? guid : guid.trim().replace(/^\{(.*)\}$/, "$1").toLowerCase();
}

/** True for a GUID the schema accepts: 8-4-4-4-12 hex digits, optionally in braces. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}
