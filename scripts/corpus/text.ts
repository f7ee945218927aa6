// Turns the phrase bank into sentences, paragraphs and bullet lists for one meeting: slots filled from
// the meeting's own facts (its council's places, its officers, its year) so the text hangs together.
import type { Rng } from "./prng.ts";
import { GENERAL, MONTHS, OPENERS, ROADS, TOPICS } from "./phrases.ts";

export interface TextContext {
  rng: Rng;
  year: number;
  place: string;
  wards: string[];
  /** Post titles of the officers at the meeting. */
  officers: string[];
  /** How the body refers to itself: "Panel", "Committee", "Board". */
  body: string;
}

const pad3 = (n: number) => String(n).padStart(4, "0");

export function fill(template: string, ctx: TextContext): string {
  const { rng, year } = ctx;
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "n": return String(rng.int(12, 900));
      case "n2": return String(rng.int(2, 30));
      case "n3": return pad3(rng.int(100, 1800));
      case "pct": return `${rng.int(1, 40)}.${rng.int(0, 9)}`;
      case "amount": return rng.chance(0.5) ? `£${rng.int(1, 48)}.${rng.int(1, 9)}m` : `£${rng.int(12, 950)},000`;
      case "year": return String(year);
      case "prev": return String(year - 1);
      case "next": return String(year + rng.int(2, 5));
      case "yy": return String((year + 1) % 100).padStart(2, "0");
      case "prev2": return String((year - 1) % 100).padStart(2, "0");
      case "q": return String(rng.int(1, 4));
      case "month": return rng.pick(MONTHS);
      case "officer": return rng.pick(ctx.officers);
      case "body": return ctx.body;
      case "place": return ctx.place;
      case "ward": return rng.pick(ctx.wards);
      case "road": return rng.pick(ROADS);
      case "school": return `${rng.pick(ctx.wards).split(" ")[0]} ${rng.pick(["Primary School", "Academy", "High School", "Church of England Primary School"])}`;
      default: throw new Error(`unknown slot {${slot}}`);
    }
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function statement(topic: string, ctx: TextContext): string {
  const t = TOPICS[topic]!;
  return fill(`${ctx.rng.pick(t.subjects)} ${ctx.rng.pick(t.predicates)}`, ctx);
}

export function sentence(topic: string, ctx: TextContext): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.62) return `${fill(rng.pick(OPENERS), ctx)} ${statement(topic, ctx)}.`;
  if (r < 0.82) return `A Member asked ${fill(rng.pick(TOPICS[topic]!.questions), ctx)}; the ${fill("{officer}", ctx)} replied that ${statement(topic, ctx)}.`;
  if (r < 0.92) return fill(rng.pick(GENERAL), ctx);
  return `${capitalise(statement(topic, ctx))}, and Members asked to be kept informed.`;
}

export function paragraph(topic: string, ctx: TextContext): string {
  return Array.from({ length: ctx.rng.int(3, 6) }, () => sentence(topic, ctx)).join(" ");
}

/** Discussion points as bullets; each ends with ";" and the last with "." as clerks write them. */
export function bullets(topic: string, ctx: TextContext): string[] {
  const n = ctx.rng.int(3, 7);
  return Array.from({ length: n }, (_, i) => {
    const text = Array.from({ length: ctx.rng.int(1, 3) }, () => sentence(topic, ctx)).join(" ");
    return i < n - 1 && ctx.rng.chance(0.5) ? text.replace(/\.$/, ";") : text;
  });
}
