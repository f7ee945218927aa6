// Which councils each build shard takes (docs/scaling.md): whole council folders, never a council
// split across shards (a person id, a committee rename and every page under /<council>/ belong to one
// council), balanced by document count because a build's time and memory grow with its documents.
//
// Greedy "longest processing time first": folders from the largest down, each to the shard with the
// fewest documents so far (the lowest-numbered on a tie). Pure and deterministic: the same folders give
// the same shards whatever order they are listed in. A shard's folders are listed by name.

export interface FolderSize {
  /** The council's folder name (its slug, in the synthetic archive). */
  name: string;
  /** Source documents in it. */
  documents: number;
}

export interface ShardPlan {
  folders: string[];
  documents: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function splitBalanced(folders: readonly FolderSize[], parts: number): ShardPlan[] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`the number of shards must be a whole number above 0, not ${parts}`);
  const names = new Set<string>();
  for (const f of folders) {
    if (names.has(f.name)) throw new Error(`folder "${f.name}" is listed twice`);
    names.add(f.name);
  }
  const shards: ShardPlan[] = Array.from({ length: parts }, () => ({ folders: [], documents: 0 }));
  const largestFirst = [...folders].sort((a, b) => b.documents - a.documents || byCodePoint(a.name, b.name));
  for (const folder of largestFirst) {
    let lightest = 0;
    for (let n = 1; n < parts; n++) if (shards[n]!.documents < shards[lightest]!.documents) lightest = n;
    shards[lightest]!.folders.push(folder.name);
    shards[lightest]!.documents += folder.documents;
  }
  for (const shard of shards) shard.folders.sort(byCodePoint);
  return shards;
}
