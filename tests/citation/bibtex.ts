// A strict reader of the BibTeX we write (one entry: `@type{key, field = {value}, …}`), for tests: it
// fails on unbalanced braces, a bad key, a field without a value, or anything after the entry.
export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

export function parseBibtex(text: string): BibEntry {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`BibTeX: ${why} at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const word = (re: RegExp) => {
    const m = re.exec(text.slice(i));
    if (!m) fail(`expected ${re}`);
    i += m![0].length;
    return m![0];
  };
  const braced = () => {
    if (text[i] !== "{") fail("expected {");
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "{") depth++;
      if (c === "}" && --depth === 0) return text.slice(start + 1, i++);
    }
    return fail("unbalanced braces");
  };
  ws();
  if (text[i++] !== "@") fail("expected @");
  const type = word(/^[a-z]+/i);
  if (text[i++] !== "{") fail("expected { after type");
  const key = word(/^[^\s,{}=#%"]+/);
  const fields: Record<string, string> = {};
  ws();
  while (text[i] === ",") {
    i++;
    ws();
    if (text[i] === "}") break;
    const name = word(/^[a-z]+/i).toLowerCase();
    ws();
    if (text[i++] !== "=") fail("expected =");
    ws();
    if (name in fields) fail(`duplicate field ${name}`);
    fields[name] = braced();
    ws();
  }
  if (text[i++] !== "}") fail("expected } closing the entry");
  ws();
  if (i !== text.length) fail("text after the entry");
  return { type, key, fields };
}
