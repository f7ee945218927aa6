// schema.org JSON-LD for document pages: minutes as the meeting they record (an `Event`), reports and
// decision notices as a `Report`. Facts only from the record; the permanent URL as `@id`.
import type { PublishedDocument } from "../schema/record.ts";
import { bodyPhrase, documentTitle, typeLabel } from "./format.ts";

export function documentJsonLd(record: PublishedDocument, site: URL | undefined): Record<string, unknown> {
  const url = site ? new URL(record.url, site).href : record.url;
  // A council or committee the document does not state is left out (undefined is not serialised), never named.
  const council = record.council ? { "@type": "GovernmentOrganization", name: record.council.name } : undefined;
  const committee = record.committee ? { "@type": "Organization", name: record.committee.name, parentOrganization: council } : council;
  const original = record.source.url ?? (site ? new URL(`${record.url}${record.source.file}`, site).href : `${record.url}${record.source.file}`);
  if (record.type === "minutes") {
    const at = (time: string | null) => (record.date && time ? `${record.date}T${time}` : record.date ?? undefined);
    return {
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": url,
      url,
      name: documentTitle(record),
      description: `Meeting of ${bodyPhrase(record)}.`,
      startDate: at(record.startTime),
      endDate: record.endTime ? at(record.endTime) : undefined,
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: (record.venue ?? record.council) ? { "@type": "Place", name: record.venue ?? record.council?.name } : undefined,
      organizer: committee,
      subjectOf: { "@type": "CreativeWork", name: `Minutes: ${documentTitle(record)}`, url, isBasedOn: original },
    };
  }
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    "@id": url,
    url,
    name: documentTitle(record),
    genre: typeLabel(record.type),
    datePublished: record.date ?? (record.year ? String(record.year) : undefined),
    author: record.author ? { "@type": "Person", name: record.author.name, jobTitle: record.author.title ?? undefined } : committee,
    publisher: council,
    isBasedOn: original,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script element at
 * the first `</script` whatever the JSON means, so `<` is written `\u003c` (and `>`, `&`, U+2028/2029
 * likewise, for parsers that treat them specially): text from a source document cannot close the
 * element or start markup, and the JSON still means the same.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
