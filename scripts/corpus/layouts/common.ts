// What every layout shares: the expected values it reports, how it writes people's names, and a
// writer that joins blocks with blank lines.
import type { Body, ItemModel, Meeting } from "../meeting.ts";
import type { Person } from "../world.ts";

/** The truth about one generated document, as the parser should read it. */
export interface Expected {
  file: string;
  type: "minutes" | "report" | "decision";
  council: string;
  committee: string;
  /** ISO date, or null for an undated report. */
  date: string | null;
  items: { number: string; resolutions: string[] }[];
  /** Decisions outside any item (a report's "The Select Committee is requested to: …"). */
  documentResolutions: string[];
}

export interface Rendered {
  text: string;
  expected: Omit<Expected, "file">;
}

/** "J Whitfield" */
export const initialsName = (p: Person) => `${p.initials} ${p.surname}`;
/** "H.W. David" */
export const dottedName = (p: Person) => `${p.initials.split(" ").join(".")}. ${p.surname}`;
/** "Mrs F M Oborski" */
export const styledName = (p: Person) => `${p.honorific} ${p.initials} ${p.surname}`;
/** "Jane Pemberton" */
export const fullName = (p: Person) => `${p.first} ${p.surname}`;

/** "A, B and C" */
export function listJoin(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export class Writer {
  private blocks: string[] = [];
  block(text: string): this {
    this.blocks.push(text);
    return this;
  }
  body(body: Body[], bullet = "- "): this {
    for (const b of body) this.block(b.kind === "p" ? b.text : b.items.map((i) => `${bullet}${i}`).join("\n"));
    return this;
  }
  text(): string {
    return `${this.blocks.join("\n\n")}\n`;
  }
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The number the declared interest refers to, once items are numbered. */
export function declarationItem(m: Meeting, numbers: string[]): string | null {
  return m.declaration ? numbers[m.declaration.item]! : null;
}

export const businessItems = (m: Meeting): ItemModel[] => m.items.filter((i) => i.role === "business");
