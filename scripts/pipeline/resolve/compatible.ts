// Could two written names with the same surname be the same person? The rule from issue 4:
// initials must agree slot by slot as far as both go ("Mr S M Mackay" and "Cllr Steve Mackay" agree
// on S; "Councillor E. Hughes" and "Louise Hughes" conflict on E/L), full given names written in the
// same slot must be the same name or a familiar form of it ("Andy"/"Andrew"), and "Mr" and "Mrs"
// are different people. Compatibility is not transitive ("J Smith" fits both "John" and "Jane");
// resolve/people.ts deals with that.
import { honorificGender, type PersonName } from "../names.ts";

// Familiar forms with the same initial, so the initials rule already agrees. Forms with a different
// initial (Bill/William, Tony/Anthony) are deliberately absent: they need a merge override.
const FAMILIAR: ReadonlyArray<readonly [string, ...string[]]> = [
  ["andrew", "andy", "drew"],
  ["stephen", "steve", "stevie"],
  ["steven", "steve", "stevie"],
  ["david", "dave", "davey"],
  ["michael", "mike", "mick", "micky", "mickey"],
  ["james", "jim", "jimmy", "jamie"],
  ["john", "jack", "johnny"],
  ["joseph", "joe"],
  ["susan", "sue", "susie", "suzy"],
  ["suzanne", "sue", "suzy"],
  ["jennifer", "jenny", "jen"],
  ["katherine", "kate", "kathy", "katie"],
  ["kathryn", "kate", "kathy", "katie"],
  ["catherine", "cathy", "cath", "cate"],
  ["deborah", "debbie", "debs", "deb"],
  ["jacqueline", "jackie", "jacqui"],
  ["victoria", "vicky", "vicki", "vic"],
  ["gerald", "gerry"],
  ["gerard", "gerry"],
  ["terence", "terry"],
  ["teresa", "terri", "tess", "tessa"],
  ["margaret", "maggie", "meg", "madge"],
  ["philip", "phil"],
  ["phillip", "phil"],
  ["patricia", "pat", "patsy", "trish"],
  ["timothy", "tim"],
  ["thomas", "tom", "tommy"],
  ["nicholas", "nick", "nicky"],
  ["samantha", "sam", "sammy"],
  ["samuel", "sam", "sammy"],
  ["christopher", "chris", "kit"],
  ["christine", "chris", "chrissie"],
  ["robert", "rob", "robbie"],
  ["richard", "rich", "richie"],
  ["daniel", "dan", "danny"],
  ["matthew", "matt"],
  ["benjamin", "ben"],
  ["alexander", "alex", "sandy"],
  ["alexandra", "alex", "sandra"],
  ["elizabeth", "eliza"],
  ["frederick", "fred", "freddie"],
  ["kenneth", "ken", "kenny"],
  ["raymond", "ray"],
  ["ronald", "ron", "ronnie"],
  ["leslie", "les"],
  ["lesley", "les"],
  ["valerie", "val"],
  ["tracey", "tracy"],
  ["geoffrey", "geoff"],
  ["jeffrey", "jeff"],
];

const FAMILY = new Map<string, Set<number>>();
FAMILIAR.forEach((group, index) => {
  for (const name of group) {
    const set = FAMILY.get(name) ?? new Set<number>();
    set.add(index);
    FAMILY.set(name, set);
  }
});

/** Same given name, a shortened spelling of it ("Chris"/"Christopher"), or a familiar form. */
export function givenNamesCompatible(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  const fx = FAMILY.get(x);
  const fy = FAMILY.get(y);
  if (fx === undefined || fy === undefined) return false;
  for (const group of fx) if (fy.has(group)) return true;
  return false;
}

/** True when the two names (assumed to share a surname) could be one person. */
export function namesCompatible(a: PersonName, b: PersonName): boolean {
  const ga = honorificGender(a.honorific);
  const gb = honorificGender(b.honorific);
  if (ga !== null && gb !== null && ga !== gb) return false;
  // "Thomas Gallagher Snr" and "Thomas Gallagher Jnr": father and son.
  if (a.generation && b.generation && a.generation !== b.generation) return false;
  const n = Math.min(a.forenames.length, b.forenames.length);
  for (let i = 0; i < n; i++) {
    const fa = a.forenames[i];
    const fb = b.forenames[i];
    if (fa === undefined || fb === undefined) return false;
    if (fa.initial.toUpperCase() !== fb.initial.toUpperCase()) return false;
    if (fa.name !== null && fb.name !== null && !givenNamesCompatible(fa.name, fb.name)) return false;
  }
  return true;
}
